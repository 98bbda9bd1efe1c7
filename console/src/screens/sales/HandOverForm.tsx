import { useState, type FormEvent } from 'react';
import { CUSTOMER_TIERS } from '../../../../src/domain/handoffs';
import { useHandOver } from '../../api/handoffs';
import { useSession } from '../../api/session';
import { fromLocalInput, toLocalInput } from '../../components/datetime';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';

type Tier = (typeof CUSTOMER_TIERS)[number];
interface Product {
  sku: string;
  name: string;
  qty: string;
}
interface Commitment {
  description: string;
  dueAt: string;
}

const SHOWN = ['dealId', 'customer', 'products', 'commitments', 'salesRep', 'closedAt'];

/** Hand a closed deal to service: the customer, what they bought and what sales promised. */
export function HandOverForm() {
  const user = useSession().data;
  const handOver = useHandOver();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [dealId, setDealId] = useState('');
  const [customer, setCustomer] = useState({ id: '', name: '', email: '', tier: 'standard' as Tier });
  const [products, setProducts] = useState<Product[]>([{ sku: '', name: '', qty: '1' }]);
  const [commitments, setCommitments] = useState<Commitment[]>([]);
  const [closedAt, setClosedAt] = useState(() => toLocalInput(new Date()));
  const error = handOver.error;

  const setProduct = (index: number, change: Partial<Product>) => setProducts(products.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const setCommitment = (index: number, change: Partial<Commitment>) =>
    setCommitments(commitments.map((item, at) => (at === index ? { ...item, ...change } : item)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      dealId,
      customer,
      products: products.map((item) => ({ sku: item.sku, name: item.name, qty: Number(item.qty) })),
      commitments: commitments.map((item) => {
        const dueAt = fromLocalInput(item.dueAt);
        return dueAt ? { description: item.description, dueAt } : { description: item.description };
      }),
      salesRep: user?.name ?? '',
      closedAt: fromLocalInput(closedAt) ?? closedAt,
    };
    handOver.mutate(
      { body, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(crypto.randomUUID());
          setDealId('');
          setCustomer({ id: '', name: '', email: '', tier: 'standard' });
          setProducts([{ sku: '', name: '', qty: '1' }]);
          setCommitments([]);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Hand over a deal">
      <div className="grid">
        <Field label="Deal id" name="dealId" error={error}>
          <input required value={dealId} onChange={(event) => setDealId(event.target.value)} />
        </Field>
        <Field label="Closed at" name="closedAt" error={error}>
          <input type="datetime-local" required value={closedAt} onChange={(event) => setClosedAt(event.target.value)} />
        </Field>
      </div>
      <fieldset>
        <legend>Customer</legend>
        <div className="grid">
          <Field label="Customer id" name="customer.id" error={error}>
            <input required value={customer.id} onChange={(event) => setCustomer({ ...customer, id: event.target.value })} />
          </Field>
          <Field label="Customer name" name="customer.name" error={error}>
            <input required value={customer.name} onChange={(event) => setCustomer({ ...customer, name: event.target.value })} />
          </Field>
        </div>
        <div className="grid">
          <Field label="Customer email" name="customer.email" error={error}>
            <input type="email" required value={customer.email} onChange={(event) => setCustomer({ ...customer, email: event.target.value })} />
          </Field>
          <Field label="Tier" name="customer.tier" error={error}>
            <select value={customer.tier} onChange={(event) => setCustomer({ ...customer, tier: event.target.value as Tier })}>
              {CUSTOMER_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {tier}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>Products</legend>
        {products.map((product, index) => (
          <div className="grid" key={index} role="group" aria-label={`Product line ${index + 1}`}>
            <Field label={`SKU ${index + 1}`} name={`products.${index}.sku`} error={error}>
              <input required value={product.sku} onChange={(event) => setProduct(index, { sku: event.target.value })} />
            </Field>
            <Field label={`Product name ${index + 1}`} name={`products.${index}.name`} error={error}>
              <input required value={product.name} onChange={(event) => setProduct(index, { name: event.target.value })} />
            </Field>
            <Field label={`Quantity ${index + 1}`} name={`products.${index}.qty`} error={error}>
              <input type="number" min={1} required value={product.qty} onChange={(event) => setProduct(index, { qty: event.target.value })} />
            </Field>
            {products.length > 1 && (
              <button type="button" className="secondary outline" onClick={() => setProducts(products.filter((_, at) => at !== index))}>
                Remove product {index + 1}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setProducts([...products, { sku: '', name: '', qty: '1' }])}>
          Add a product
        </button>
      </fieldset>
      <fieldset>
        <legend>Commitments made to the customer</legend>
        {commitments.length === 0 && <p className="empty">No commitment.</p>}
        {commitments.map((commitment, index) => (
          <div className="grid" key={index} role="group" aria-label={`Commitment line ${index + 1}`}>
            <Field label={`Commitment ${index + 1}`} name={`commitments.${index}.description`} error={error}>
              <input required value={commitment.description} onChange={(event) => setCommitment(index, { description: event.target.value })} />
            </Field>
            <Field label={`Due ${index + 1}`} name={`commitments.${index}.dueAt`} error={error}>
              <input type="datetime-local" value={commitment.dueAt} onChange={(event) => setCommitment(index, { dueAt: event.target.value })} />
            </Field>
            <button type="button" className="secondary outline" onClick={() => setCommitments(commitments.filter((_, at) => at !== index))}>
              Remove commitment {index + 1}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setCommitments([...commitments, { description: '', dueAt: '' }])}>
          Add a commitment
        </button>
      </fieldset>
      <ProblemMessage error={error} shownFields={SHOWN} />
      <button type="submit" aria-busy={handOver.isPending} disabled={handOver.isPending}>
        Hand over the deal
      </button>
      {handOver.data && (
        <p role="status">
          Deal {handOver.data.dealId} handed over{handOver.data.owner ? ` to ${handOver.data.owner.name}` : ''}.
        </p>
      )}
    </form>
  );
}
