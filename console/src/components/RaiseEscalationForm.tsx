import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SEVERITIES, type Severity } from '../../../src/domain/escalations';
import { useRaiseEscalation } from '../api/escalations';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';

/** Raise an escalation on a case: it enters tier L1's queue with its clocks. */
export function RaiseEscalationForm({ caseId }: { caseId: string }) {
  const raise = useRaiseEscalation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [severity, setSeverity] = useState<Severity>('P3');
  const [category, setCategory] = useState('');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    raise.mutate(
      { body: { caseId, severity, category, reason }, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(crypto.randomUUID());
          setCategory('');
          setReason('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Raise an escalation">
      <div className="grid">
        <Field label="Severity" name="severity" error={raise.error} hint="P1 runs around the clock">
          <select value={severity} onChange={(event) => setSeverity(event.target.value as Severity)}>
            {SEVERITIES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Category" name="category" error={raise.error} hint="Lowercase, such as connectivity: it counts recurring issues">
          <input required value={category} onChange={(event) => setCategory(event.target.value)} />
        </Field>
      </div>
      <Field label="Why it needs escalating" name="reason" error={raise.error}>
        <textarea required value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <ProblemMessage error={raise.error} shownFields={['severity', 'category', 'reason']} />
      {raise.data && (
        <p role="status">
          {raise.data.severity} escalation raised into tier {raise.data.tier}'s queue. <Link to={`/escalations/${raise.data.id}`}>Open it</Link>
        </p>
      )}
      <button type="submit" aria-busy={raise.isPending} disabled={raise.isPending}>
        Raise the escalation
      </button>
    </form>
  );
}
