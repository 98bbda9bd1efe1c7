import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import type { SessionUser } from '../api/session';
import { useSignOut } from '../api/session';
import { visibleScreens } from '../screens';
import { ProblemMessage } from './ProblemMessage';

const ROLE_NAMES: Record<SessionUser['role'], string> = {
  agent: 'Agent',
  supervisor: 'Supervisor',
  accounting: 'Accounting',
  accounting_manager: 'Accounting manager',
  warehouse: 'Warehouse',
  sales: 'Sales',
  ops: 'Operations',
  admin: 'Administrator',
};

/** The signed-in frame: the screens the role may use, who is signed in, sign-out, and the screen. */
export function Layout({ user }: { user: SessionUser }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <header className="container">
        <nav aria-label="Main">
          <ul>
            <li>
              <strong>Service console</strong>
            </li>
          </ul>
          <ul>
            {visibleScreens(user.role).map((screen) => (
              <li key={screen.path}>
                <NavLink to={screen.path}>{screen.title}</NavLink>
              </li>
            ))}
            <li>
              <span className="who">
                {user.name} ({ROLE_NAMES[user.role]})
              </span>
            </li>
            <li>
              <button type="button" className="secondary outline" onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
        <ProblemMessage error={signOut.error} />
      </header>
      <main className="container">
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
