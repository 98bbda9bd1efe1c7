import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useOrder, useOrderLookup, type CustomerOrder } from './api';
import { ExceptionRequestForm } from './ExceptionRequestForm';
import { LinkProblem } from './LinkProblem';
import { ReturnForm } from './ReturnForm';
import { dateOf, money, WHY_NOT } from './words';

/** The order's lines, what may come back and why not; the return form; an exception for a line outside the policy. */
function OrderReturn({ order }: { order: CustomerOrder }) {
  const [exceptionFor, setExceptionFor] = useState<string | undefined>();
  const refused = order.lines.filter((line) => !line.eligible);
  return (
    <section>
      <h1>Return items from order {order.orderId}</h1>
      <p>Delivered {dateOf(order.deliveredAt)}.</p>
      <ReturnForm order={order} />
      {refused.length > 0 && (
        <>
          <h2>Items that cannot be returned</h2>
          <ul className="refused-lines">
            {refused.map((line) => (
              <li key={line.sku}>
                <strong>{line.name}</strong> ({money(line.unitPrice)}): {line.ineligibleCode ? WHY_NOT[line.ineligibleCode] : ''}
                {line.exceptionPossible && exceptionFor !== line.sku && (
                  <div>
                    <button type="button" className="secondary" onClick={() => setExceptionFor(line.sku)}>
                      Ask for an exception for {line.name}
                    </button>
                  </div>
                )}
                {exceptionFor === line.sku && <ExceptionRequestForm token={order.token} line={line} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Find an order by its number and the email on it. */
export function OrderLookupPage() {
  const lookup = useOrderLookup();
  const [orderId, setOrderId] = useState('');
  const [email, setEmail] = useState('');
  if (lookup.isSuccess) return <OrderReturn order={lookup.data} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    lookup.mutate({ orderId: orderId.trim(), email: email.trim() });
  };
  return (
    <form onSubmit={submit}>
      <h1>Return an item</h1>
      <p>Enter your order number and the email address you ordered with.</p>
      {lookup.isError && <LinkProblem error={lookup.error} />}
      <label>
        Order number
        <input name="orderId" required value={orderId} onChange={(event) => setOrderId(event.target.value)} autoComplete="off" />
      </label>
      <label>
        Email address
        <input name="email" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="email" />
      </label>
      <button type="submit" disabled={lookup.isPending} aria-busy={lookup.isPending}>
        Find my order
      </button>
    </form>
  );
}

/** The same, from a link that names the order. */
export function OrderByLinkPage() {
  const { token = '' } = useParams();
  const order = useOrder(token);
  if (order.isPending) return <p aria-busy="true">Loading…</p>;
  if (order.isError) return <LinkProblem error={order.error} />;
  return <OrderReturn order={order.data} />;
}
