import { formatMoney } from '../../../src/domain/money';
import type { Return } from '../api/returns';
import { words } from './words';

/** A return's lines: eligibility with its reason, what arrived, its grade and what it earns. */
export function ReturnLinesTable({ item }: { item: Return }) {
  const currency = item.totals?.currency;
  return (
    <div className="overflow-auto">
      <table>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Qty</th>
            <th scope="col">Reason</th>
            <th scope="col">Eligibility</th>
            <th scope="col">Received</th>
            <th scope="col">Grade</th>
            {currency && <th scope="col">Credit</th>}
          </tr>
        </thead>
        <tbody>
          {item.lines.map((line) => (
            <tr key={line.sku}>
              <td>
                {line.name ?? line.sku} <small>{line.sku}</small>
              </td>
              <td>{line.qty}</td>
              <td>
                {words(line.reason)}, {words(line.condition)}
              </td>
              <td>
                {line.eligible ? 'eligible' : `not eligible: ${words(line.ineligibleCode ?? 'unknown')}`}
                {line.exception && <small> · exception by {line.exception.by.name}</small>}
              </td>
              <td>{line.receivedQty ?? '—'}</td>
              <td>{line.grade ? words(line.grade) : '—'}</td>
              {currency && (
                <td>
                  {line.credit
                    ? line.credit.refused
                      ? 'refused'
                      : formatMoney({ minor: line.credit.creditMinor, currency })
                    : '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
