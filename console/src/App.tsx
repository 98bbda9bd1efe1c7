import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { mayUse } from './access';
import { useSession } from './api/session';
import { Layout } from './components/Layout';
import { NoAccess } from './components/NoAccess';
import { ProblemMessage } from './components/ProblemMessage';
import { SCREENS, visibleScreens, type Screen } from './screens';
import SignIn from './screens/SignIn';

// Public like sign-in: an invitation link is opened before its person has a session.
const AcceptInvitation = lazy(() => import('./screens/AcceptInvitation'));

function SignedIn() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p aria-busy="true">Loading…</p>;
  if (session.isError) return <ProblemMessage error={session.error} />;
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Layout user={session.data} />;
}

/** A screen, or a clear refusal when the role may not use it (typed URL, old bookmark). */
function Gate({ screen }: { screen: Screen }) {
  const user = useSession().data;
  if (!user) return null;
  if (!mayUse(user.role, screen.needs)) return <NoAccess what={`The ${screen.title.toLowerCase()} screen`} />;
  return <screen.Component />;
}

function Home() {
  const user = useSession().data;
  const first = user ? visibleScreens(user.role)[0] : undefined;
  if (first) return <Navigate to={first.path} replace />;
  return <p>Your role has no screens in this console yet; the API documentation is at <a href="/docs">/docs</a>.</p>;
}

function NotFound() {
  return (
    <article>
      <h1>Not found</h1>
      <p>There is no page at this address.</p>
    </article>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignIn />} />
      <Route
        path="/accept-invitation"
        element={
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            <AcceptInvitation />
          </Suspense>
        }
      />
      <Route element={<SignedIn />}>
        <Route index element={<Home />} />
        {SCREENS.map((screen) => (
          <Route key={screen.path} path={screen.path} element={<Gate screen={screen} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
