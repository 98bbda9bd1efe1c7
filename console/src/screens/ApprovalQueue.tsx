import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../../src/domain/money';
import { useApprovalQueue, useCredit, useDecideCredit, type CreditSummary } from '../api/credits';
import { Countdown } from '../components/Countdown';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

/** One credit's approvals so far and the decision form. */
function Decision({ id, onDone }: { id: string; onDone: () => void }) {
  const credit = useCredit(id);
  const decide = useDecideCredit(id);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const approve = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'approve';
    decide.mutate(approve ? { decision: 'approve', note: note.trim() || undefined } : { decision: 'reject', reason: note }, { onSuccess: onDone });
  };
  return (
    <QueryState query={credit}>
      {(item) => (
        <article aria-label={`Decide the credit of ${formatMoney(item.amount)}`}>
          <header>
            <strong>
              {words(item.kind)} of {formatMoney(item.amount)}
            </strong>{' '}
            for {item.customerId}, requested by {item.requestedBy.name}: {item.reason}
          </header>
          {item.dualControl && (
            <p>
              Needs two approvers.{' '}
              {item.approvals.length > 0
                ? `Approved first by ${item.approvals.map((approval) => `${approval.approver.name} (${words(approval.role)})`).join(', ')}; `
                : ''}
              {item.queueRole ? `still to be decided by ${words(item.queueRole)}.` : ''}
            </p>
          )}
          <form onSubmit={submit}>
            <Field label="Note (a reason is required to reject)" name={decide.variables?.decision === 'reject' ? 'reason' : 'note'} error={decide.error}>
              <textarea value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
            <ProblemMessage error={decide.error} shownFields={['note', 'reason']} />
            <div className="actions">
              <button type="submit" value="approve" aria-busy={decide.isPending} disabled={decide.isPending}>
                Approve
              </button>
              <button type="submit" value="reject" className="secondary" disabled={decide.isPending || note.trim() === ''}>
                Reject
              </button>
              <button type="button" className="secondary outline" onClick={onDone}>
                Close
              </button>
            </div>
          </form>
        </article>
      )}
    </QueryState>
  );
}

function QueueTable({ credits, onDecide }: { credits: readonly CreditSummary[]; onDecide: (id: string) => void }) {
  return (
    <DataTable
      label="Approval queue, table"
      headers={['Requested', 'Amount', 'Requester', 'Case', 'Reason', 'Decide by', <span className="visually-hidden">Decision</span>]}
    >
      {credits.map((credit) => (
        <tr key={credit.id}>
          <td>{new Date(credit.requestedAt).toLocaleString()}</td>
          <td>
            {formatMoney(credit.amount)} {words(credit.kind)}
            {credit.dualControl && <small> · {credit.approvals} of 2 approvals</small>}
          </td>
          <td>{credit.requestedBy.name}</td>
          <td>
            <Link to={`/cases/${credit.caseId}`}>{credit.customerId}</Link>
          </td>
          <td>{credit.reason}</td>
          <td>{credit.dueAt ? <Countdown dueAt={credit.dueAt} startedAt={credit.requestedAt} /> : '—'}</td>
          <td>
            <button type="button" className="secondary" onClick={() => onDecide(credit.id)}>
              Decide
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The credits the caller may decide now, oldest first. */
export default function ApprovalQueue() {
  const pages = useCursorPages();
  const queue = useApprovalQueue(pages.cursor);
  const [deciding, setDeciding] = useState<string | null>(null);
  return (
    <>
      <h1>Approval queue</h1>
      {deciding && <Decision id={deciding} onDone={() => setDeciding(null)} />}
      <QueryState query={queue} isEmpty={(data) => data.items.length === 0} empty="Nothing waits for your decision.">
        {(data) => (
          <>
            <QueueTable credits={data.items} onDecide={setDeciding} />
            <CursorPager pages={pages} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </>
  );
}
