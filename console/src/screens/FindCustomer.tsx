import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mayUse } from '../access';
import { useCases } from '../api/cases';
import { useHandoffs } from '../api/handoffs';
import { useReturns } from '../api/returns';
import { useSession } from '../api/session';
import { Countdown } from '../components/Countdown';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

function CustomerCases({ customerId }: { customerId: string }) {
  const cases = useCases({ customerId, limit: 50 });
  return (
    <section aria-labelledby="found-cases">
      <h2 id="found-cases">Cases</h2>
      <QueryState query={cases} isEmpty={(page) => page.items.length === 0} empty="No case of this customer that you may read.">
        {(page) => (
          <ul>
            {page.items.map((item) => (
              <li key={item.id}>
                <Link to={`/cases/${item.id}`}>{item.subject}</Link> · {words(item.status)} · opened {new Date(item.openedAt).toLocaleString()}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function CustomerReturns({ customerId }: { customerId: string }) {
  const returns = useReturns({ customerId, limit: 50 });
  return (
    <section aria-labelledby="found-returns">
      <h2 id="found-returns">Returns</h2>
      <QueryState query={returns} isEmpty={(data) => data.items.length === 0} empty="No return of this customer that you may read.">
        {(data) => (
          <ul>
            {data.items.map((item) => (
              <li key={item.id}>
                <Link to={`/returns/${item.id}`}>{item.rmaNumber ?? `Return of ${item.orderId}`}</Link> · order {item.orderId} · {words(item.status)}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function CustomerHandoffs({ customerId }: { customerId: string }) {
  const handoffs = useHandoffs({ customerId, limit: 50 });
  return (
    <section aria-labelledby="found-handoffs">
      <h2 id="found-handoffs">Handoffs</h2>
      <QueryState query={handoffs} isEmpty={(data) => data.items.length === 0} empty="No handoff of this customer that you may read.">
        {(data) => (
          <ul>
            {data.items.map((item) => (
              <li key={item.id}>
                <Link to={`/cases/${item.caseId}`}>Deal {item.dealId}</Link> · {words(item.status)}
                {item.nextDueAt && (
                  <>
                    {' '}
                    · next <Countdown dueAt={item.nextDueAt} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

/** Find a customer's cases, returns and handoffs by the customer's id, or open an order by its id. */
export default function FindCustomer() {
  const user = useSession().data;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const [customer, setCustomer] = useState(customerId);
  const [order, setOrder] = useState('');
  const findCustomer = (event: FormEvent) => {
    event.preventDefault();
    setParams({ customer: customer.trim() });
  };
  const findOrder = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/orders/${encodeURIComponent(order.trim())}`);
  };
  const role = user?.role;
  return (
    <>
      <h1>Find a customer or an order</h1>
      <div className="grid">
        <form onSubmit={findCustomer} role="search" aria-label="Find a customer">
          <label>
            Customer id
            <input required value={customer} onChange={(event) => setCustomer(event.target.value)} />
          </label>
          <button type="submit">Find the customer</button>
        </form>
        {role && mayUse(role, ['GET /v1/orders/:id']) && (
          <form onSubmit={findOrder} role="search" aria-label="Find an order">
            <label>
              Order id
              <input required value={order} onChange={(event) => setOrder(event.target.value)} />
            </label>
            <button type="submit">Open the order</button>
          </form>
        )}
      </div>
      {customerId && role && (
        <>
          <CustomerCases customerId={customerId} />
          {mayUse(role, ['GET /v1/returns']) && <CustomerReturns customerId={customerId} />}
          {mayUse(role, ['GET /v1/handoffs']) && <CustomerHandoffs customerId={customerId} />}
        </>
      )}
    </>
  );
}
