import '@picocss/pico/css/pico.min.css';
import './styles.css';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { keys } from './api/keys';
import { ApiProblem } from './api/problem';
import { App } from './App';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended (idle time, sign-out elsewhere) sends the person back to sign in.
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 401) queryClient.setQueryData(keys.session, null);
    },
  }),
  defaultOptions: {
    queries: {
      // Open screens follow the processes without a reload.
      refetchInterval: 5000,
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
