import { useState } from 'react';
import { useDecidePolicyChange, usePolicyChanges, type PolicyChange } from '../../api/admin';
import { useSession } from '../../api/session';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';

function ChangeCard({ change }: { change: PolicyChange }) {
  const me = useSession().data;
  const decide = useDecidePolicyChange();
  const [reason, setReason] = useState('');
  const mine = change.proposedBy.id === me?.id;
  return (
    <article aria-label={`Change of the ${change.policy} policy by ${change.proposedBy.name}`}>
      <header>
        <strong>{change.policy}</strong> from version {change.baseVersion}, proposed by {change.proposedBy.name} on {new Date(change.proposedAt).toLocaleString()}
      </header>
      <p>Widens: {change.widens.join(', ')}.</p>
      <details>
        <summary>The proposed document</summary>
        <pre>{JSON.stringify(change.document, null, 2)}</pre>
      </details>
      {mine ? (
        <p>You proposed it: another admin decides.</p>
      ) : (
        <>
          <Field label="Reason (to reject)" name="reason" error={decide.error}>
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <ProblemMessage error={decide.error} shownFields={['reason']} />
          <div className="actions">
            <button type="button" aria-busy={decide.isPending} disabled={decide.isPending} onClick={() => decide.mutate({ id: change.id, decision: 'approve' })}>
              Approve the {change.policy} change
            </button>
            <button
              type="button"
              className="secondary"
              disabled={decide.isPending || reason.trim() === ''}
              onClick={() => decide.mutate({ id: change.id, decision: 'reject', reason })}
            >
              Reject the {change.policy} change
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** Policy changes that widen money authority, waiting for a second admin. */
export function PolicyChanges() {
  const changes = usePolicyChanges();
  return (
    <section aria-labelledby="policy-changes">
      <h2 id="policy-changes">Pending policy changes</h2>
      <QueryState query={changes} isEmpty={(data) => data.items.length === 0} empty="No change waits for a second admin.">
        {(data) => data.items.map((change) => <ChangeCard key={change.id} change={change} />)}
      </QueryState>
    </section>
  );
}
