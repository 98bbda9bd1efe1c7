import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formatMoney } from '../../../src/domain/money';
import { GRADES, type Grade } from '../../../src/domain/returns';
import { mayUse } from '../access';
import { useSession } from '../api/session';
import { useReturn, useWarehouseStep, type Return } from '../api/returns';
import { ActionButtons } from '../components/ActionButtons';
import { CodeSelect } from '../components/CodeSelect';
import { Countdown } from '../components/Countdown';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';
import { ReturnLinesTable } from '../components/ReturnLinesTable';
import { TemporalLink } from '../components/TemporalLink';
import { words } from '../components/words';

const lineName = (line: Return['lines'][number]) => line.name ?? line.sku;

/** What arrived, line by line: the authorised quantity unless the person says otherwise. */
function ReceiptForm({ item }: { item: Return }) {
  const record = useWarehouseStep(item.id);
  const expected = item.lines.filter((line) => line.eligible);
  const [received, setReceived] = useState<Record<string, string>>(() => Object.fromEntries(expected.map((line) => [line.sku, String(line.qty)])));
  const sent = expected.filter((line) => Number(received[line.sku]) > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ kind: 'receipt', body: { lines: sent.map((line) => ({ sku: line.sku, qty: Number(received[line.sku]) })) } });
  };
  return (
    <form onSubmit={submit} aria-label="Record the items received">
      {expected.map((line) => (
        <Field key={line.sku} label={`Received of ${lineName(line)} (${line.sku}, ${line.qty} authorised)`} name={`lines.${sent.indexOf(line)}.qty`} error={record.error}>
          <input type="number" min={0} max={line.qty} step={1} required value={received[line.sku] ?? ''} onChange={(event) => setReceived({ ...received, [line.sku]: event.target.value })} />
        </Field>
      ))}
      <ProblemMessage error={record.error} shownFields={sent.map((_, index) => `lines.${index}.qty`)} />
      <button type="submit" aria-busy={record.isPending} disabled={record.isPending || sent.length === 0}>
        Record receipt
      </button>
    </form>
  );
}

/** A grade for every line that arrived. */
function InspectionForm({ item }: { item: Return }) {
  const record = useWarehouseStep(item.id);
  const arrived = item.lines.filter((line) => (line.receivedQty ?? 0) > 0);
  const [grades, setGrades] = useState<Record<string, Grade | ''>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ kind: 'inspection', body: { lines: arrived.map((line) => ({ sku: line.sku, grade: grades[line.sku] as Grade })) } });
  };
  return (
    <form onSubmit={submit} aria-label="Grade each received line">
      {arrived.map((line, index) => (
        <Field key={line.sku} label={`Grade of ${lineName(line)} (${line.sku}, ${line.receivedQty} received)`} name={`lines.${index}.grade`} error={record.error}>
          <CodeSelect codes={GRADES} placeholder="Choose a grade…" required value={grades[line.sku] ?? ''} onChoose={(grade) => setGrades({ ...grades, [line.sku]: grade })} />
        </Field>
      ))}
      <ProblemMessage error={record.error} shownFields={arrived.map((_, index) => `lines.${index}.grade`)} />
      <button type="submit" aria-busy={record.isPending} disabled={record.isPending}>
        Record inspection
      </button>
    </form>
  );
}

function ReturnView({ item }: { item: Return }) {
  const user = useSession().data;
  const step = item.currentStep;
  const receives = item.status === 'awaiting_item' && user && mayUse(user.role, ['POST /v1/returns/:id/receipt']);
  const inspects = item.status === 'inspecting' && user && mayUse(user.role, ['POST /v1/returns/:id/inspection']);
  return (
    <>
      <hgroup>
        <h1>Return {item.rmaNumber ?? item.id}</h1>
        <p>
          Order {item.orderId} · customer {item.customerId} · {words(item.status)}
        </p>
      </hgroup>
      <dl className="grid">
        <div>
          <dt>Resolution</dt>
          <dd>{words(item.resolution)}</dd>
        </div>
        <div>
          <dt>Requested by</dt>
          <dd>{item.requestedBy.name}</dd>
        </div>
        <div>
          <dt>Now</dt>
          <dd>
            {step ? (
              <>
                {words(step.name)}, waiting on {words(step.ownerRole)}{' '}
                <Countdown dueAt={step.dueAt} startedAt={step.startedAt} warnedAt={step.warnedAt} breachedAt={step.breachedAt} />
              </>
            ) : (
              'No step open'
            )}
          </dd>
        </div>
        {item.totals && (
          <div>
            <dt>Credit</dt>
            <dd>
              {formatMoney({ minor: item.totals.creditMinor, currency: item.totals.currency })}
              {item.creditStatus && ` (${words(item.creditStatus)})`}
            </dd>
          </div>
        )}
      </dl>
      <p>
        <Link to={`/cases/${item.caseId}`}>The case</Link> · <TemporalLink workflowId={item.workflowId} />
      </p>
      <section aria-labelledby="lines">
        <h2 id="lines">Lines</h2>
        <ReturnLinesTable item={item} />
      </section>
      {receives && (
        <section aria-labelledby="receipt">
          <h2 id="receipt">Record the receipt</h2>
          <ReceiptForm item={item} />
        </section>
      )}
      {inspects && (
        <section aria-labelledby="inspection">
          <h2 id="inspection">Record the inspection</h2>
          <InspectionForm item={item} />
        </section>
      )}
      <ActionButtons caseId={item.caseId} actions={item.nextActions.filter((action) => action.action !== 'receipt' && action.action !== 'inspection')} />
    </>
  );
}

/** One return: its lines with eligibility, receipt and grades, and the warehouse's forms in turn. */
export default function ReturnScreen() {
  const { id = '' } = useParams();
  const item = useReturn(id);
  return <QueryState query={item}>{(data) => <ReturnView item={data} />}</QueryState>;
}
