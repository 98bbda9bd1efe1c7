import { useState, type FormEvent } from 'react';
import { formatMoney } from '../../../src/domain/money';
import { useLedger } from '../api/accounting';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

/** A customer's posted credits, newest first as the API gives them, and their store-credit balances. */
export default function Ledger() {
  const [typed, setTyped] = useState('');
  const [customerId, setCustomerId] = useState('');
  const ledger = useLedger(customerId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCustomerId(typed.trim());
  };
  return (
    <>
      <h1>Ledger</h1>
      <form onSubmit={submit} aria-label="Find a customer's ledger">
        <Field label="Customer id" name="customerId" error={ledger.error}>
          <input required value={typed} onChange={(event) => setTyped(event.target.value)} />
        </Field>
        <button type="submit">Show the ledger</button>
      </form>
      {customerId && (
        <QueryState query={ledger}>
          {(data) => (
            <>
              <h2>Store-credit balances</h2>
              {data.storeCreditBalances.length === 0 ? (
                <p className="empty">No store credit.</p>
              ) : (
                <ul>
                  {data.storeCreditBalances.map((balance) => (
                    <li key={balance.currency}>{formatMoney(balance)}</li>
                  ))}
                </ul>
              )}
              <h2>Posted credits</h2>
              {data.entries.length === 0 ? (
                <p className="empty">Nothing posted for {data.customerId}.</p>
              ) : (
                <DataTable label="Posted credits, table" headers={['Posted', 'Kind', 'Amount', 'Credit']}>
                  {data.entries.map((entry) => (
                    <tr key={entry.creditId}>
                      <td>{new Date(entry.postedAt).toLocaleString()}</td>
                      <td>{words(entry.kind)}</td>
                      <td>{formatMoney(entry.amount)}</td>
                      <td>
                        <code>{entry.creditId}</code>
                      </td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
