import { Link } from 'react-router';
import { useReturns, type ReturnSummary } from '../api/returns';
import { Countdown } from '../components/Countdown';
import { PagedTable, type Column } from '../components/PagedTable';
import { QueryState } from '../components/QueryState';

const COLUMNS: readonly Column<ReturnSummary>[] = [
  { header: 'RMA', cell: (item) => <Link to={`/returns/${item.id}`}>{item.rmaNumber ?? item.id}</Link> },
  { header: 'Order', cell: (item) => item.orderId },
  { header: 'Customer', cell: (item) => item.customerId },
  { header: 'Requested', cell: (item) => new Date(item.requestedAt).toLocaleString() },
  { header: 'Due', cell: (item) => (item.nextDueAt ? <Countdown dueAt={item.nextDueAt} /> : '—') },
];

function Queue({ status, title, empty }: { status: 'awaiting_item' | 'inspecting'; title: string; empty: string }) {
  const queue = useReturns({ status, limit: 100 });
  const id = `queue-${status}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState query={queue} isEmpty={(data) => data.items.length === 0} empty={empty}>
        {(data) => <PagedTable items={data.items} columns={COLUMNS} label={title} />}
      </QueryState>
    </section>
  );
}

/** The warehouse's two queues, oldest first: returns whose items are on their way, and those to grade. */
export default function WarehouseQueue() {
  return (
    <>
      <h1>Warehouse</h1>
      <Queue status="awaiting_item" title="Awaiting the item" empty="No return is on its way." />
      <Queue status="inspecting" title="To inspect" empty="Nothing waits for inspection." />
    </>
  );
}
