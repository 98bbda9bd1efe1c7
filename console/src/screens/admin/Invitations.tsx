import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../../src/domain/roles';
import { useInvitations, useInvite, useRevokeInvitation } from '../../api/admin';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { DataTable } from '../../components/DataTable';
import { words } from '../../components/words';

function InviteForm() {
  const invite = useInvite();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { name, email, role },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Invite a person">
      <div className="grid">
        <Field label="Name" name="name" error={invite.error}>
          <input required value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label="Email" name="email" error={invite.error}>
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </Field>
        <Field label="Role" name="role" error={invite.error}>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {words(option)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProblemMessage error={invite.error} shownFields={['name', 'email', 'role']} />
      <button type="submit" aria-busy={invite.isPending} disabled={invite.isPending}>
        Invite
      </button>
      {invite.data && (
        <div role="status">
          <p>
            Send {invite.data.name} this one-time link (shown only now; it expires {new Date(invite.data.expiresAt).toLocaleString()}):
          </p>
          <label>
            Invitation link for {invite.data.name}
            <input readOnly value={invite.data.acceptUrl} onFocus={(event) => event.target.select()} />
          </label>
        </div>
      )}
    </form>
  );
}

/** Invitations: invite by name, email and role, hand over the link, see and revoke the pending ones. */
export function Invitations() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  return (
    <section aria-labelledby="invitations">
      <h2 id="invitations">Invitations</h2>
      <InviteForm />
      <ProblemMessage error={revoke.error} />
      <QueryState query={invitations} isEmpty={(data) => data.items.length === 0} empty="No invitation in the last 30 days.">
        {(data) => (
          <DataTable label="Invitations, table" headers={['Name', 'Email', 'Role', 'Invited by', 'Status']}>
            {data.items.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.name}</td>
                <td>{invitation.email}</td>
                <td>{words(invitation.role)}</td>
                <td>{invitation.invitedBy.name}</td>
                <td>
                  {invitation.status === 'pending' ? `pending until ${new Date(invitation.expiresAt).toLocaleString()}` : invitation.status}
                  {invitation.status === 'pending' && (
                    <>
                      {' '}
                      <button type="button" className="secondary outline" onClick={() => revoke.mutate(invitation.id)}>
                        Revoke the invitation of {invitation.name}
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
