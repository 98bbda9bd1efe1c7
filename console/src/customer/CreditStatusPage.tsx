import { useParams } from 'react-router';
import { useCreditStatus } from './api';
import { LinkProblem } from './LinkProblem';
import { CREDIT_KIND, CREDIT_STATUS, dateOf, money } from './words';

/** A credit posted to the customer: its kind, amount and where it stands. */
export function CreditStatusPage() {
  const { token = '' } = useParams();
  const credit = useCreditStatus(token);
  if (credit.isPending) return <p aria-busy="true">Loading…</p>;
  if (credit.isError) return <LinkProblem error={credit.error} />;
  const { kind, amount, status, requestedAt, postedAt } = credit.data;
  return (
    <section>
      <h1>Your {(CREDIT_KIND[kind] ?? kind).toLowerCase()}</h1>
      <p className="stage">
        <strong>{CREDIT_STATUS[status] ?? status}</strong> — {money(amount)}
      </p>
      <dl>
        <dt>Kind</dt>
        <dd>{CREDIT_KIND[kind] ?? kind}</dd>
        <dt>Amount</dt>
        <dd>{money(amount)}</dd>
        <dt>Requested</dt>
        <dd>{dateOf(requestedAt)}</dd>
        <dt>Issued</dt>
        <dd>{dateOf(postedAt)}</dd>
      </dl>
    </section>
  );
}
