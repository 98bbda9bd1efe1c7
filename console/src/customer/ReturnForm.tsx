import { useState, type FormEvent } from 'react';
import { ProblemMessage } from '../components/ProblemMessage';
import { useStartReturn, type CustomerOrder, type CustomerReturn } from './api';
import { ReturnSummary } from './ReturnStatusPage';
import { money, REASON, RESOLUTION } from './words';

type Resolution = CustomerReturn['resolution'];
const CONDITIONS = { unopened: 'Unopened', opened: 'Opened', damaged: 'Damaged' } as const;

/** Choose the returnable lines and quantities, a reason, the item's condition and the outcome: the RMA at once. */
export function ReturnForm({ order }: { order: CustomerOrder }) {
  const returnable = order.lines.filter((line) => line.eligible);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [reason, setReason] = useState<CustomerReturn['lines'][number]['reason']>('defective');
  const [condition, setCondition] = useState<keyof typeof CONDITIONS>('unopened');
  const resolutions = order.resolutions.filter((resolution): resolution is Resolution => resolution !== 'repair');
  const [resolution, setResolution] = useState<Resolution | undefined>(resolutions[0]);
  const start = useStartReturn(order.token);

  if (returnable.length === 0) return <p>No item of this order can be returned now.</p>;
  if (start.isSuccess) {
    const statusPath = start.data.statusUrl ? new URL(start.data.statusUrl).pathname : undefined;
    return (
      <section aria-live="polite">
        <h2>Your return is authorised</h2>
        <p>
          Print the label with reference <strong>{start.data.labelReference}</strong> and write the return number <strong>{start.data.rmaNumber}</strong> on the parcel.
        </p>
        <ReturnSummary status={start.data} />
        {statusPath && (
          <p>
            <a href={statusPath}>Follow your return</a> (we also email you this link).
          </p>
        )}
      </section>
    );
  }
  const lines = Object.entries(chosen).map(([sku, qty]) => ({ sku, qty, reason, condition }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (resolution && lines.length > 0) start.mutate({ lines, resolution });
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>Which items are you returning?</legend>
        {returnable.map((line) => (
          <div key={line.sku} className="return-line">
            <label>
              <input
                type="checkbox"
                name={`line-${line.sku}`}
                checked={line.sku in chosen}
                onChange={(event) => {
                  const { [line.sku]: _dropped, ...others } = chosen;
                  setChosen(event.target.checked ? { ...others, [line.sku]: 1 } : others);
                }}
              />
              {line.name} ({money(line.unitPrice)})
            </label>
            {line.sku in chosen && line.returnableQty > 1 && (
              <label>
                How many of {line.name}?
                <input
                  type="number"
                  min={1}
                  max={line.returnableQty}
                  value={chosen[line.sku]}
                  onChange={(event) => setChosen({ ...chosen, [line.sku]: Math.max(1, Math.min(line.returnableQty, Number(event.target.value))) })}
                />
              </label>
            )}
          </div>
        ))}
      </fieldset>
      <label>
        Why are you returning it?
        <select name="reason" value={reason} onChange={(event) => setReason(event.target.value as typeof reason)}>
          {order.reasons.map((code) => (
            <option key={code} value={code}>
              {REASON[code] ?? code}
            </option>
          ))}
        </select>
      </label>
      <label>
        What condition is it in?
        <select name="condition" value={condition} onChange={(event) => setCondition(event.target.value as keyof typeof CONDITIONS)}>
          {Object.entries(CONDITIONS).map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>What would you like instead?</legend>
        {resolutions.map((code) => (
          <label key={code}>
            <input type="radio" name="resolution" value={code} checked={resolution === code} onChange={() => setResolution(code)} />
            {RESOLUTION[code]}
          </label>
        ))}
      </fieldset>
      <ProblemMessage error={start.error} />
      <button type="submit" disabled={lines.length === 0 || start.isPending} aria-busy={start.isPending}>
        Return the chosen items
      </button>
    </form>
  );
}
