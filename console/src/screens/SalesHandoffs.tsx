import { useState } from 'react';
import { useHandoffs } from '../api/handoffs';
import { Countdown } from '../components/Countdown';
import { Pager, usePage } from '../components/Pager';
import { QueryState } from '../components/QueryState';
import { DataTable } from '../components/DataTable';
import { HandOverForm } from './sales/HandOverForm';
import { HandoffDetails } from './sales/HandoffDetails';
import type { HandoffSummary } from '../api/handoffs';
import { words } from '../components/words';

function HandoffTable({ items, onOpen }: { items: readonly HandoffSummary[]; onOpen: (id: string) => void }) {
  const page = usePage(items);
  return (
    <>
      <DataTable label="Handoffs of my deals, table" headers={['Deal', 'Customer', 'Status', 'Welcomed', 'Open commitments', 'Next due', <span className="visually-hidden">Details</span>]}>
        {page.items.map((handoff) => (
          <tr key={handoff.id}>
            <td>{handoff.dealId}</td>
            <td>
              {handoff.customer.name} <small>({handoff.customer.tier})</small>
            </td>
            <td>{words(handoff.status)}</td>
            <td>{handoff.welcomedAt ? new Date(handoff.welcomedAt).toLocaleDateString() : 'not yet'}</td>
            <td>{handoff.openCommitments}</td>
            <td>{handoff.nextDueAt ? <Countdown dueAt={handoff.nextDueAt} startedAt={handoff.handedOverAt} /> : '—'}</td>
            <td>
              <button type="button" className="secondary" onClick={() => onOpen(handoff.id)}>
                Details of {handoff.dealId}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager {...page} />
    </>
  );
}

/** Sales: hand a deal over to service, and follow the handoffs of their deals. */
export default function SalesHandoffs() {
  const handoffs = useHandoffs({ limit: 100 });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <h1>My deals</h1>
      <details>
        <summary role="button" className="outline">
          Hand over a deal
        </summary>
        <HandOverForm />
      </details>
      <section aria-labelledby="my-deals">
        <h2 id="my-deals">Handoffs of my deals</h2>
        {open && <HandoffDetails id={open} onClose={() => setOpen(null)} />}
        <QueryState query={handoffs} isEmpty={(data) => data.items.length === 0} empty="No deal handed over yet.">
          {(data) => <HandoffTable items={data.items} onOpen={setOpen} />}
        </QueryState>
      </section>
    </>
  );
}
