import { useState, type FormEvent } from 'react';
import { useCreateDelegation, useDelegations, useEndDelegation } from '../api/accounting';
import { useSession } from '../api/session';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';

function CreateDelegationForm() {
  const create = useCreateDelegation();
  const [delegateId, setDelegateId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ delegateId: delegateId.trim(), from, to }, { onSuccess: () => setDelegateId('') });
  };
  return (
    <form onSubmit={submit} aria-label="Delegate your approvals">
      <Field label="Delegate (user id)" name="delegateId" error={create.error} hint="An active supervisor, accounting or accounting manager">
        <input required value={delegateId} onChange={(event) => setDelegateId(event.target.value)} />
      </Field>
      <div className="grid">
        <Field label="From" name="from" error={create.error}>
          <input type="date" required value={from} onChange={(event) => setFrom(event.target.value)} />
        </Field>
        <Field label="To (at most 30 days)" name="to" error={create.error}>
          <input type="date" required value={to} onChange={(event) => setTo(event.target.value)} />
        </Field>
      </div>
      <ProblemMessage error={create.error} shownFields={['delegateId', 'from', 'to']} />
      <button type="submit" aria-busy={create.isPending} disabled={create.isPending}>
        Delegate
      </button>
    </form>
  );
}

/** An approver's out-of-office: who decides for them, when; ended at once. */
export default function Delegations() {
  const user = useSession().data;
  const delegations = useDelegations();
  const end = useEndDelegation();
  const who = (id: string) => (id === user?.id ? 'you' : id);
  return (
    <>
      <h1>Delegations</h1>
      <CreateDelegationForm />
      <ProblemMessage error={end.error} />
      <QueryState query={delegations} isEmpty={(data) => data.items.length === 0} empty="No delegation given or received.">
        {(data) => (
          <DataTable label="Delegations, table" headers={['From', 'To', 'Delegator', 'Delegate', 'Status', '']}>
            {data.items.map((delegation) => (
              <tr key={delegation.id}>
                <td>{delegation.from}</td>
                <td>{delegation.to}</td>
                <td>{who(delegation.delegatorId)}</td>
                <td>{who(delegation.delegateId)}</td>
                <td>{delegation.status}</td>
                <td>
                  {(delegation.status === 'scheduled' || delegation.status === 'active') && delegation.delegatorId === user?.id && (
                    <button type="button" className="secondary outline" onClick={() => end.mutate(delegation.id)}>
                      End
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </>
  );
}
