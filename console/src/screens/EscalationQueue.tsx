import { Link, useSearchParams } from 'react-router';
import { ESCALATION_STATUSES, TIERS, tiersWorkedBy, type EscalationStatus, type Tier } from '../../../src/domain/escalations';
import { useEscalations, type EscalationSummary } from '../api/escalations';
import { useSession } from '../api/session';
import { Countdown } from '../components/Countdown';
import { PagedTable, type Column } from '../components/PagedTable';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';

const STATUS_NAMES: Record<EscalationStatus, string> = {
  open: 'Waiting for acknowledgement',
  acknowledged: 'Acknowledged',
  waiting_on_customer: 'Waiting on the customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

function Clock({ clock }: { clock: EscalationSummary['ackClock'] }) {
  return clock ? <Countdown {...clock} /> : <>—</>;
}

const COLUMNS: readonly Column<EscalationSummary>[] = [
  { header: 'Severity', cell: (item) => <Link to={`/escalations/${item.id}`}>{item.severity}</Link> },
  { header: 'Customer', cell: (item) => item.customerId },
  { header: 'Category', cell: (item) => words(item.category) },
  { header: 'Raised', cell: (item) => new Date(item.raisedAt).toLocaleString() },
  { header: 'Acknowledge', cell: (item) => <Clock clock={item.ackClock} /> },
  { header: 'Resolve', cell: (item) => <Clock clock={item.resolveClock} /> },
];

/** A tier's queue (the tiers the caller works; readers who work none see all), oldest first, with both clocks. */
export default function EscalationQueue() {
  const role = useSession().data?.role;
  const worked = role ? tiersWorkedBy(role) : [];
  const tiers: readonly Tier[] = worked.length > 0 ? worked : TIERS;
  const [params, setParams] = useSearchParams();
  const tier = tiers.find((candidate) => candidate === params.get('tier')) ?? tiers[0]!;
  const status = ESCALATION_STATUSES.find((candidate) => candidate === params.get('status')) ?? 'open';
  const queue = useEscalations({ tier, status, limit: 100 });
  return (
    <>
      <h1>Escalations</h1>
      <nav aria-label="Tiers">
        <ul>
          {tiers.map((candidate) => (
            <li key={candidate}>
              <Link to={`?tier=${candidate}&status=${status}`} aria-current={candidate === tier ? 'page' : undefined}>
                {candidate === 'manager' ? 'Manager' : candidate}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <label>
        Status
        <select value={status} onChange={(event) => setParams({ tier, status: event.target.value })}>
          {ESCALATION_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {STATUS_NAMES[candidate]}
            </option>
          ))}
        </select>
      </label>
      <h2>
        {tier === 'manager' ? 'Manager' : tier}: {STATUS_NAMES[status].toLowerCase()}
      </h2>
      <QueryState query={queue} isEmpty={(data) => data.items.length === 0} empty="No escalation here.">
        {(data) => <PagedTable items={data.items} columns={COLUMNS} />}
      </QueryState>
    </>
  );
}
