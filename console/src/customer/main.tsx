import '@picocss/pico/css/pico.min.css';
import './customer.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from '../api/problem';
import { CustomerApp } from './CustomerApp';

// The customer's pages (/c/…): no sign-in, a link's token in the path; their own small bundle.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('customer.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <CustomerApp />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
