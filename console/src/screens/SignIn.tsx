import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession, useSignIn } from '../api/session';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';

export default function SignIn() {
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data) return <Navigate to={from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => void navigate(from, { replace: true }) });
  };
  return (
    <main className="container sign-in">
      <article>
        <h1>Sign in</h1>
        <form onSubmit={submit}>
          <Field label="Email" name="email" error={signIn.error}>
            <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </Field>
          <Field label="Password" name="password" error={signIn.error}>
            <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </Field>
          <ProblemMessage error={signIn.error} shownFields={['email', 'password']} />
          <button type="submit" aria-busy={signIn.isPending} disabled={signIn.isPending}>
            Sign in
          </button>
        </form>
      </article>
    </main>
  );
}
