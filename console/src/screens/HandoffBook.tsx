import { Link } from 'react-router';
import { useHandoffs, type HandoffSummary } from '../api/handoffs';
import { Countdown } from '../components/Countdown';
import { PagedTable, type Column } from '../components/PagedTable';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

/** Soonest due first; handoffs with no open clock last. */
const byNextDue = (a: HandoffSummary, b: HandoffSummary) => (Date.parse(a.nextDueAt ?? '') || Infinity) - (Date.parse(b.nextDueAt ?? '') || Infinity);

const COLUMNS: readonly Column<HandoffSummary>[] = [
  {
    header: 'Customer',
    cell: (item) => (
      <>
        <Link to={`/cases/${item.caseId}`}>{item.customer.name}</Link> <small>{words(item.customer.tier)}</small>
      </>
    ),
  },
  { header: 'Deal', cell: (item) => item.dealId },
  { header: 'Status', cell: (item) => words(item.status) },
  { header: 'Open commitments', cell: (item) => item.openCommitments },
  { header: 'Welcomed', cell: (item) => (item.welcomedAt ? new Date(item.welcomedAt).toLocaleDateString() : 'not yet') },
  { header: 'Next due', cell: (item) => (item.nextDueAt ? <Countdown dueAt={item.nextDueAt} /> : '—') },
];

function Book({ handoffs }: { handoffs: readonly HandoffSummary[] }) {
  const sorted = [...handoffs].sort(byNextDue);
  const next = sorted[0];
  return (
    <>
      {next?.nextDueAt && (
        <p role="status">
          Due next: {next.customer.name} (deal {next.dealId}) <Countdown dueAt={next.nextDueAt} />
        </p>
      )}
      <PagedTable items={sorted} columns={COLUMNS} />
    </>
  );
}

/** The customers handed to the caller by sales, what is due next first. */
export default function HandoffBook() {
  const book = useHandoffs({ owner: 'me', limit: 100 });
  return (
    <>
      <h1>My handoff book</h1>
      <QueryState query={book} isEmpty={(data) => data.items.length === 0} empty="No customer has been handed to you.">
        {(data) => <Book handoffs={data.items} />}
      </QueryState>
    </>
  );
}
