import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/domain/credentials';
import { useAcceptInvitation } from '../api/invitations';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';

/** The invitation's token, from the link's fragment (`#token=…`): it never reaches a server log. */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** The public page of an invitation link: the person sets their password and is signed in. */
export default function AcceptInvitation() {
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [token] = useState(tokenFromFragment);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again !== '' && again !== password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    accept.mutate({ token, password }, { onSuccess: () => void navigate('/', { replace: true }) });
  };
  return (
    <main className="container sign-in">
      <article>
        <h1>Set your password</h1>
        {token === '' ? (
          <p role="alert" className="problem">
            This link has no invitation in it. Open the link exactly as you received it, or ask your administrator for a new one.
          </p>
        ) : (
          <form onSubmit={submit}>
            <p>You were invited to the service console. Choose a password of {PASSWORD_MIN_LENGTH} to {PASSWORD_MAX_LENGTH} characters.</p>
            <Field label="New password" name="password" error={accept.error}>
              <input
                type="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </Field>
            <label>
              The password again
              <input
                type="password"
                autoComplete="new-password"
                required
                value={again}
                aria-invalid={mismatch ? true : undefined}
                onChange={(event) => setAgain(event.target.value)}
              />
              {mismatch && <small className="field-error">The two passwords differ.</small>}
            </label>
            <ProblemMessage error={accept.error} shownFields={['password']} />
            <button type="submit" aria-busy={accept.isPending} disabled={accept.isPending || mismatch}>
              Set the password and sign in
            </button>
          </form>
        )}
      </article>
    </main>
  );
}
