import { useState, type FormEvent } from 'react';
import { POLICY_NAMES, type PolicyName } from '../../../../src/domain/policies';
import { usePolicy, useSavePolicy, type PolicyVersion } from '../../api/admin';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { documentOf, leavesOf, textOf, type Json } from './policy-fields';

const HINTS: Record<string, string> = {
  'list-text': 'comma-separated',
  'list-number': 'numbers, comma-separated',
  'nullable-number': 'empty: unlimited',
};

function PolicyForm({ name, current, save }: { name: PolicyName; current: PolicyVersion; save: ReturnType<typeof useSavePolicy> }) {
  const document = current.document as Json;
  const leaves = leavesOf(document);
  const [values, setValues] = useState(() => Object.fromEntries(leaves.map((leaf) => [leaf.path, textOf(document, leaf.path)])));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(documentOf(document, values));
  };
  return (
    <form onSubmit={submit} aria-label={`The ${name} policy`}>
      <p>
        Version {current.version}, since {new Date(current.createdAt).toLocaleString()}. Durations are ISO 8601 (PT4H, P1D); amounts in minor units (cents).
      </p>
      <div className="policy-fields">
        {leaves.map((leaf) => (
          <Field key={leaf.path} label={leaf.path} name={leaf.path} error={save.error} hint={HINTS[leaf.kind]}>
            <input
              inputMode={leaf.kind === 'number' || leaf.kind === 'nullable-number' ? 'decimal' : undefined}
              value={values[leaf.path] ?? ''}
              onChange={(event) => setValues({ ...values, [leaf.path]: event.target.value })}
            />
          </Field>
        ))}
      </div>
      <ProblemMessage error={save.error} shownFields={leaves.map((leaf) => leaf.path)} />
      <button type="submit" aria-busy={save.isPending} disabled={save.isPending}>
        Save the {name} policy
      </button>
    </form>
  );
}

function PolicyEditor({ name }: { name: PolicyName }) {
  const policy = usePolicy(name);
  const save = useSavePolicy(name);
  return (
    <>
      <QueryState query={policy}>
        {/* A new version (after a save or another admin's change) starts a fresh form. */}
        {(current) => <PolicyForm key={`${name}-${current.version}`} name={name} current={current} save={save} />}
      </QueryState>
      {save.data && (
        <p role="status">
          {'made' in save.data
            ? `Saved: version ${save.data.made.version} is in force for processes that start from now.`
            : `This change widens money authority (${save.data.pending.widens.join(', ')}): it waits for a second admin to approve it under Pending policy changes.`}
        </p>
      )}
    </>
  );
}

/** Policies shown and edited as forms, with the API's validation beside each field. */
export function Policies() {
  const [name, setName] = useState<PolicyName>('credits');
  return (
    <section aria-labelledby="policies">
      <h2 id="policies">Policies</h2>
      <label>
        Policy
        <select value={name} onChange={(event) => setName(event.target.value as PolicyName)}>
          {POLICY_NAMES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <PolicyEditor key={name} name={name} />
    </section>
  );
}
