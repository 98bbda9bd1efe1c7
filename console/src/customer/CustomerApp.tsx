import { Route, Routes } from 'react-router';
import { CreditStatusPage } from './CreditStatusPage';
import { OrderLookupPage, OrderByLinkPage } from './ReturnPortal';
import { ReturnStatusPage } from './ReturnStatusPage';
import { SurveyPage } from './SurveyPage';

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. Check the link in your email, or start a return from the <a href="/c/return">returns page</a>.</p>
    </>
  );
}

export function CustomerApp() {
  return (
    <main className="container customer">
      <Routes>
        <Route path="/c/survey/:token" element={<SurveyPage />} />
        <Route path="/c/return" element={<OrderLookupPage />} />
        <Route path="/c/orders/:token" element={<OrderByLinkPage />} />
        <Route path="/c/returns/:token" element={<ReturnStatusPage />} />
        <Route path="/c/credits/:token" element={<CreditStatusPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </main>
  );
}
