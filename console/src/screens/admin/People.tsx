import { useState } from 'react';
import { ROLES, type Role } from '../../../../src/domain/roles';
import { useChangeRole, useDeactivate, useRevokeUserKey, useUsers, type User } from '../../api/admin';
import { useSession } from '../../api/session';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { DataTable } from '../../components/DataTable';
import { words } from '../../components/words';

function RoleCell({ user }: { user: User }) {
  const change = useChangeRole();
  const [role, setRole] = useState<Role>(user.role);
  return (
    <form className="actions" aria-label={`Role of ${user.name}`} onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ id: user.id, role });
      }}>
      <select aria-label={`Role of ${user.name}`} value={role} onChange={(event) => setRole(event.target.value as Role)} disabled={!user.active}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={!user.active || role === user.role || change.isPending}>
        Change role
      </button>
      <ProblemMessage error={change.error} />
    </form>
  );
}

function KeysCell({ user }: { user: User }) {
  const revoke = useRevokeUserKey();
  const live = user.apiKeys.filter((key) => key.revokedAt === null);
  if (live.length === 0) return <>none</>;
  return (
    <ul>
      {live.map((key) => (
        <li key={key.id}>
          <code>{key.prefix}…</code>{' '}
          <button type="button" className="secondary outline" onClick={() => revoke.mutate({ id: user.id, keyId: key.id })}>
            Revoke {key.prefix}
          </button>
        </li>
      ))}
      <ProblemMessage error={revoke.error} />
    </ul>
  );
}

/** People, their roles and keys; an admin changes a role, revokes a key or deactivates a person. */
export function People() {
  const me = useSession().data;
  const users = useUsers();
  const deactivate = useDeactivate();
  return (
    <section aria-labelledby="people">
      <h2 id="people">People</h2>
      <ProblemMessage error={deactivate.error} />
      <QueryState query={users} isEmpty={(data) => data.items.length === 0} empty="Nobody yet.">
        {(data) => (
          <DataTable label="People, table" headers={['Name', 'Email', 'Role', 'API keys', 'Status']}>
            {data.items.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email ?? '—'}</td>
                <td>{user.id === me?.id ? words(user.role) : <RoleCell user={user} />}</td>
                <td>
                  <KeysCell user={user} />
                </td>
                <td>
                  {user.active ? 'active' : 'deactivated'}
                  {user.active && user.id !== me?.id && (
                    <>
                      {' '}
                      <button type="button" className="secondary outline" onClick={() => deactivate.mutate(user.id)}>
                        Deactivate {user.name}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
