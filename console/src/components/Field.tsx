import { useId, type ReactElement, cloneElement } from 'react';
import { ApiProblem } from '../api/problem';

interface FieldProps {
  label: string;
  /** The body field the API names in its 400 answer. */
  name: string;
  error: unknown;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with the API's message about its field beside it. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = useId();
  const message = error instanceof ApiProblem ? error.about(name) : undefined;
  const described = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <label htmlFor={id}>
      {label}
      {cloneElement(children, { id, name, 'aria-invalid': message ? true : undefined, 'aria-describedby': described })}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {message && (
        <small id={`${id}-error`} className="field-error">
          {message}
        </small>
      )}
    </label>
  );
}
