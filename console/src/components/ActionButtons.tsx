import { useState, type FormEvent } from 'react';
import { useNextAction, type NextAction } from '../api/cases';
import { ACTION_FIELDS } from './action-fields';
import { CodeSelect } from './CodeSelect';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';

function ActionForm({ caseId, action, onDone }: { caseId: string; action: NextAction; onDone: () => void }) {
  const run = useNextAction(caseId);
  const fields = ACTION_FIELDS[action.action] ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    run.mutate({ action, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={action.title}>
      {fields.map((field) => (
        <Field key={field.name} label={field.label} name={field.name} error={run.error}>
          {field.options ? (
            <CodeSelect codes={field.options} placeholder="Choose…" required={field.required} value={values[field.name] ?? ''} onChoose={(value) => setValues({ ...values, [field.name]: value })} />
          ) : (
            <textarea required={field.required} value={values[field.name] ?? ''} onChange={(event) => setValues({ ...values, [field.name]: event.target.value })} />
          )}
        </Field>
      ))}
      <ProblemMessage error={run.error} shownFields={fields.map((field) => field.name)} />
      <div className="actions">
        <button type="submit" aria-busy={run.isPending} disabled={run.isPending}>
          {action.title}
        </button>
        <button type="button" className="secondary outline" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A button for each action the API says the caller may take now; one with fields opens its form. */
export function ActionButtons({ caseId, actions }: { caseId: string; actions: readonly NextAction[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (actions.length === 0) return null;
  const chosen = actions.find((action) => action.href === open);
  if (chosen) return <ActionForm caseId={caseId} action={chosen} onDone={() => setOpen(null)} />;
  return (
    <div className="actions">
      {actions.map((action) => (
        <button key={action.href} type="button" className="secondary" onClick={() => setOpen(action.href)}>
          {action.title}
        </button>
      ))}
    </div>
  );
}
