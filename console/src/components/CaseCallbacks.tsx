import { useState, type FormEvent } from 'react';
import { useCaseChanges, type Case } from '../api/cases';
import { Countdown } from './Countdown';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';
import { words } from './words';

type Callback = Case['callbacks'][number];
const OUTCOMES = ['reached', 'left_message', 'no_answer'] as const;

/** Records a call back: only `reached` keeps the promise. */
function CallbackDone({ caseId, callback }: { caseId: string; callback: Callback }) {
  const { complete } = useCaseChanges(caseId);
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('reached');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({ n: callback.number, body: { outcome, ...(note.trim() ? { note } : {}) } });
  };
  return (
    <form onSubmit={submit} aria-label={`Record callback ${callback.number}`}>
      <div className="grid">
        <Field label="Outcome" name="outcome" error={complete.error}>
          <select value={outcome} onChange={(event) => setOutcome(event.target.value as (typeof OUTCOMES)[number])}>
            {OUTCOMES.map((option) => (
              <option key={option} value={option}>
                {words(option)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Note" name="note" error={complete.error}>
          <input value={note} onChange={(event) => setNote(event.target.value)} />
        </Field>
      </div>
      <ProblemMessage error={complete.error} shownFields={['outcome', 'note']} />
      <button type="submit" className="secondary" aria-busy={complete.isPending} disabled={complete.isPending}>
        Record the call
      </button>
    </form>
  );
}

/** A datetime-local value (the browser's time zone) as an ISO instant. */
const instantOf = (local: string) => (local ? new Date(local).toISOString() : '');

function PromiseCallback({ caseId }: { caseId: string }) {
  const { promise } = useCaseChanges(caseId);
  const [dueAt, setDueAt] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    promise.mutate({ dueAt: instantOf(dueAt), note }, { onSuccess: () => setNote('') });
  };
  return (
    <form onSubmit={submit} aria-label="Promise a callback">
      <div className="grid">
        <Field label="Call back by" name="dueAt" error={promise.error} hint="Within working hours">
          <input type="datetime-local" required value={dueAt} onChange={(event) => setDueAt(event.target.value)} />
        </Field>
        <Field label="What was promised" name="note" error={promise.error}>
          <input required value={note} onChange={(event) => setNote(event.target.value)} />
        </Field>
      </div>
      <ProblemMessage error={promise.error} shownFields={['dueAt', 'note']} />
      <button type="submit" aria-busy={promise.isPending} disabled={promise.isPending}>
        Promise the callback
      </button>
    </form>
  );
}

function TransferCase({ caseId }: { caseId: string }) {
  const { transfer } = useCaseChanges(caseId);
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    transfer.mutate({ toUserId: toUserId.trim(), reason }, { onSuccess: () => setReason('') });
  };
  return (
    <details>
      <summary>Transfer the case</summary>
      <form onSubmit={submit} aria-label="Transfer the case">
        <div className="grid">
          <Field label="New owner (user id)" name="toUserId" error={transfer.error} hint="An active agent or supervisor">
            <input required value={toUserId} onChange={(event) => setToUserId(event.target.value)} />
          </Field>
          <Field label="Why" name="reason" error={transfer.error}>
            <input required value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
        </div>
        <ProblemMessage error={transfer.error} shownFields={['toUserId', 'reason']} />
        <button type="submit" className="secondary" aria-busy={transfer.isPending} disabled={transfer.isPending}>
          Transfer
        </button>
      </form>
    </details>
  );
}

/** The case's promised callbacks with their countdowns, the forms to keep them, and the transfer. */
export function CaseCallbacks({ item, mayChange }: { item: Case; mayChange: boolean }) {
  const open = item.callbacks.filter((callback) => callback.status === 'open');
  const ended = item.callbacks.filter((callback) => callback.status !== 'open');
  return (
    <section aria-labelledby="callbacks">
      <h2 id="callbacks">Callbacks</h2>
      {open.length === 0 && <p className="empty">No callback is promised.</p>}
      {open.map((callback) => (
        <article key={callback.number} aria-label={`Callback ${callback.number}`}>
          <header>
            <strong>Call back</strong> ({callback.owner.name}): {callback.note}{' '}
            <Countdown dueAt={callback.dueAt} startedAt={callback.promisedAt} warnedAt={callback.remindedAt} breachedAt={callback.missedAt} />
          </header>
          {mayChange && <CallbackDone caseId={item.id} callback={callback} />}
        </article>
      ))}
      {ended.length > 0 && (
        <ul>
          {ended.map((callback) => (
            <li key={callback.number}>
              {callback.note}: {words(callback.status)}
            </li>
          ))}
        </ul>
      )}
      {mayChange && <PromiseCallback caseId={item.id} />}
      {mayChange && <TransferCase caseId={item.id} />}
    </section>
  );
}
