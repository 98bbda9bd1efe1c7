import { useParams } from 'react-router';
import { useReturnStatus, type CustomerReturnStatus } from './api';
import { LinkProblem } from './LinkProblem';
import { dateOf, money, RESOLUTION, RETURN_STAGE, STEP, WHY_NOT } from './words';

/** A return as its customer follows it: where it stands, each step's date, what comes back. */
export function ReturnSummary({ status }: { status: CustomerReturnStatus }) {
  const refused = status.lines.filter((line) => line.refused);
  return (
    <>
      <p className="stage">
        <strong>{RETURN_STAGE[status.status] ?? status.status}</strong>
        {status.amount && status.amount.minor > 0 && (status.status === 'refunded' || status.status === 'credited') && <> — {money(status.amount)}</>}
      </p>
      <dl>
        <dt>Return number (RMA)</dt>
        <dd>{status.rmaNumber ?? '—'}</dd>
        <dt>Return label reference</dt>
        <dd>{status.labelReference ?? '—'}</dd>
        <dt>What you asked for</dt>
        <dd>{RESOLUTION[status.resolution] ?? status.resolution}</dd>
        {status.amount && (
          <>
            <dt>Amount</dt>
            <dd>{money(status.amount)}</dd>
          </>
        )}
      </dl>
      <h2>Steps</h2>
      <ol className="steps">
        {status.steps.map((step) => (
          <li key={step.step} className={step.at ? 'done' : 'waiting'}>
            {STEP[step.step] ?? step.step}: {step.at ? dateOf(step.at) : 'not yet'}
          </li>
        ))}
      </ol>
      <h2>Items</h2>
      <ul>
        {status.lines.map((line) => (
          <li key={line.sku}>
            {line.qty} × {line.name ?? line.sku}
            {!line.eligible && line.ineligibleCode && <> — {WHY_NOT[line.ineligibleCode]}</>}
            {line.refused && <> — refused: the inspection found damage caused after delivery</>}
          </li>
        ))}
      </ul>
      {refused.length > 0 && <p>If you disagree with a refusal, reply to the email that sent you this link.</p>}
    </>
  );
}

export function ReturnStatusPage() {
  const { token = '' } = useParams();
  const status = useReturnStatus(token);
  if (status.isPending) return <p aria-busy="true">Loading…</p>;
  if (status.isError) return <LinkProblem error={status.error} />;
  return (
    <section>
      <h1>Your return</h1>
      <ReturnSummary status={status.data} />
    </section>
  );
}
