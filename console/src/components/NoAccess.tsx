export function NoAccess({ what }: { what: string }) {
  return (
    <article role="alert">
      <h1>You do not have access</h1>
      <p>{what} is not part of your role. Ask an administrator if you need it.</p>
    </article>
  );
}
