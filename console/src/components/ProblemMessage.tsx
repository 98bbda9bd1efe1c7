import { ApiProblem } from '../api/problem';

/** What went wrong, as the API said it; a 403 is said as a missing access. */
export function ProblemMessage({ error, shownFields = [] }: { error: unknown; shownFields?: readonly string[] }) {
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return <p role="alert" className="problem">Something went wrong: {error instanceof Error ? error.message : String(error)}</p>;
  }
  const others = error.elsewhere(shownFields);
  if (error.status === 400 && error.errors.length > 0 && others.length === 0) {
    return <p role="alert" className="problem">Please correct the fields marked below.</p>;
  }
  return (
    <div role="alert" className="problem">
      <strong>{error.status === 403 ? 'You do not have access' : error.title}</strong>: {error.message}
      {others.length > 0 && (
        <ul>
          {others.map((field) => (
            <li key={`${field.in}.${field.field}`}>
              {field.field || field.in}: {field.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
