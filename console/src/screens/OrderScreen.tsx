import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatMoney } from '../../../src/domain/money';
import type { ReturnsPolicy } from '../../../src/domain/policies';
import { checkEligibility, ITEM_CONDITIONS, RESOLUTIONS, RETURN_REASONS, returnWindowMs, type ItemCondition, type Resolution, type ReturnReason } from '../../../src/domain/returns';
import { mayUse } from '../access';
import { useSession } from '../api/session';
import { useOrder, useReturnsPolicy, useStartReturn, type Order, type Return } from '../api/returns';
import { CodeSelect } from '../components/CodeSelect';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { QueryState } from '../components/QueryState';
import { ReturnLinesTable } from '../components/ReturnLinesTable';
import { words } from '../components/words';

type OrderLine = Order['lines'][number];

/** What the returns policy says of a whole line today; the return's answer decides (it also counts other returns). */
function preview(order: Order, line: OrderLine, policy: ReturnsPolicy): string {
  const [verdict] = checkEligibility({
    policy,
    orderCustomerId: order.customerId,
    customerId: order.customerId,
    deliveredAt: Date.parse(order.deliveredAt),
    now: Date.now(),
    orderLines: order.lines,
    requested: [{ sku: line.sku, qty: line.qty, reason: 'other', condition: 'unopened' }],
    returnable: new Map([[line.sku, line.qty]]),
  });
  if (verdict?.code) return `not eligible: ${words(verdict.code)}`;
  return `eligible until ${new Date(Date.parse(order.deliveredAt) + returnWindowMs(policy, line.category)).toLocaleDateString()}`;
}

interface LineChoice {
  qty: string;
  reason: ReturnReason;
  condition: ItemCondition;
}

function Started({ item }: { item: Return }) {
  return (
    <article aria-label="The return">
      <p role="status">
        {item.rmaNumber ? `Return ${item.rmaNumber} authorised` : 'No line can be returned'} ({words(item.status)}).
      </p>
      <ReturnLinesTable item={item} />
      <p>
        <Link to={`/returns/${item.id}`}>Open the return</Link> · <Link to={`/cases/${item.caseId}`}>Open the case</Link>
      </p>
    </article>
  );
}

function StartReturnForm({ order, caseId }: { order: Order; caseId?: string }) {
  const policy = useReturnsPolicy();
  const start = useStartReturn();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [resolution, setResolution] = useState<Resolution>('refund');
  const [choices, setChoices] = useState<Record<string, LineChoice>>(() =>
    Object.fromEntries(order.lines.map((line) => [line.sku, { qty: '0', reason: 'changed_mind', condition: 'unopened' }])),
  );
  const choose = (sku: string, change: Partial<LineChoice>) => setChoices({ ...choices, [sku]: { ...choices[sku]!, ...change } });
  const sent = order.lines.filter((line) => Number(choices[line.sku]?.qty) > 0);

  if (start.data) return <Started item={start.data} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lines = sent.map((line) => {
      const choice = choices[line.sku]!;
      return { sku: line.sku, qty: Number(choice.qty), reason: choice.reason, condition: choice.condition };
    });
    start.mutate({ body: { orderId: order.id, customerId: order.customerId, lines, resolution, ...(caseId ? { caseId } : {}) }, idempotencyKey });
  };
  const named = (sku: string, field: string) => `lines.${sent.findIndex((line) => line.sku === sku)}.${field}`;
  return (
    <form onSubmit={submit} aria-label="Start a return">
      {order.lines.map((line) => {
        const choice = choices[line.sku]!;
        return (
          <fieldset key={line.sku}>
            <legend>
              {line.name} <small>({line.sku}, {words(line.category)}, {line.qty} bought at {formatMoney(line.unitPrice)})</small>
            </legend>
            <p>{policy.data ? preview(order, line, policy.data) : 'Checking the return window…'}</p>
            <div className="grid">
              <Field label={`Quantity of ${line.name} to return`} name={named(line.sku, 'qty')} error={start.error}>
                <input type="number" min={0} max={line.qty} step={1} value={choice.qty} onChange={(event) => choose(line.sku, { qty: event.target.value })} />
              </Field>
              <Field label={`Reason for ${line.name}`} name={named(line.sku, 'reason')} error={start.error}>
                <CodeSelect codes={RETURN_REASONS} value={choice.reason} onChoose={(reason) => choose(line.sku, { reason })} />
              </Field>
              <Field label={`Condition of ${line.name}`} name={named(line.sku, 'condition')} error={start.error}>
                <CodeSelect codes={ITEM_CONDITIONS} value={choice.condition} onChoose={(condition) => choose(line.sku, { condition })} />
              </Field>
            </div>
          </fieldset>
        );
      })}
      <Field label="Resolution" name="resolution" error={start.error}>
        <CodeSelect codes={RESOLUTIONS} value={resolution} onChoose={setResolution} />
      </Field>
      <ProblemMessage error={start.error} shownFields={['resolution', 'lines']} />
      <button type="submit" aria-busy={start.isPending} disabled={start.isPending || sent.length === 0}>
        Start the return
      </button>
    </form>
  );
}

function OrderView({ order }: { order: Order }) {
  const user = useSession().data;
  const caseId = useSearchParams()[0].get('case') ?? undefined;
  return (
    <>
      <hgroup>
        <h1>Order {order.id}</h1>
        <p>
          Customer {order.customerId} · delivered {new Date(order.deliveredAt).toLocaleDateString()}
        </p>
      </hgroup>
      {caseId && (
        <p>
          For <Link to={`/cases/${caseId}`}>the case</Link>
        </p>
      )}
      {user && mayUse(user.role, ['POST /v1/returns', 'GET /v1/policies/:name']) ? (
        <section aria-labelledby="start-return">
          <h2 id="start-return">Start a return</h2>
          <StartReturnForm order={order} caseId={caseId} />
        </section>
      ) : (
        <ul>
          {order.lines.map((line) => (
            <li key={line.sku}>
              {line.qty} × {line.name} ({line.sku})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** An order's lines and, for the front line, a return started from them with each line's eligibility. */
export default function OrderScreen() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  return <QueryState query={order}>{(data) => <OrderView order={data} />}</QueryState>;
}
