import { ApiProblem } from '../api/problem';

/** What a customer is told when a link or a lookup fails: one clear page, never a stack trace. */
export function LinkProblem({ error }: { error: unknown }) {
  if (error instanceof ApiProblem && error.status === 404) {
    return (
      <section role="alert" className="problem">
        <h1>We could not open this</h1>
        <p>The link may have expired or been used already, or the order number and email do not match.</p>
        <p>
          Check the link in your email, or look up your order on the <a href="/c/return">returns page</a>.
        </p>
      </section>
    );
  }
  if (error instanceof ApiProblem && error.status === 429) {
    return (
      <section role="alert" className="problem">
        <h1>Please wait a moment</h1>
        <p>There were too many attempts from your connection. Try again in a minute.</p>
      </section>
    );
  }
  const message = error instanceof ApiProblem ? error.message : 'Something went wrong on our side. Please try again later.';
  return (
    <section role="alert" className="problem">
      <h1>This cannot be done now</h1>
      <p>{message}</p>
    </section>
  );
}
