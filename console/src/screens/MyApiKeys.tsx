import { useState, type FormEvent } from 'react';
import { useCreateOwnKey, useOwnKeys, useRevokeOwnKey } from '../api/own-keys';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';
import { DataTable } from '../components/DataTable';

function CreateKeyForm() {
  const create = useCreateOwnKey();
  const [label, setLabel] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(label, { onSuccess: () => setLabel('') });
  };
  return (
    <form onSubmit={submit} aria-label="Create a key">
      <Field label="What the key is for" name="label" error={create.error}>
        <input required value={label} onChange={(event) => setLabel(event.target.value)} />
      </Field>
      <ProblemMessage error={create.error} shownFields={['label']} />
      <button type="submit" aria-busy={create.isPending} disabled={create.isPending}>
        Create a key
      </button>
      {create.data && (
        <div role="status">
          <p>Copy the key now: it is shown this once, and only its first characters are kept.</p>
          <label>
            The new key
            <input readOnly value={create.data.key} onFocus={(event) => event.target.select()} />
          </label>
        </div>
      )}
    </form>
  );
}

/** Every person's own API keys, for scripts: create (shown once), list, revoke. */
export default function MyApiKeys() {
  const ownKeys = useOwnKeys();
  const revoke = useRevokeOwnKey();
  return (
    <>
      <h1>My API keys</h1>
      <CreateKeyForm />
      <ProblemMessage error={revoke.error} />
      <QueryState query={ownKeys} isEmpty={(data) => data.items.length === 0} empty="You have no API key.">
        {(data) => (
          <DataTable label="My API keys, table" headers={['Key', 'For', 'Created', 'Status']}>
            {data.items.map((key) => (
              <tr key={key.id}>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.label ?? 'command line'}</td>
                <td>{new Date(key.createdAt).toLocaleString()}</td>
                <td>
                  {key.revokedAt ? (
                    `revoked ${new Date(key.revokedAt).toLocaleString()}`
                  ) : (
                    <button type="button" className="secondary outline" onClick={() => revoke.mutate(key.id)}>
                      Revoke {key.prefix}
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
