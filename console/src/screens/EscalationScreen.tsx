import { Link, useParams } from 'react-router';
import { useEscalation, useEscalationNotes, type Escalation } from '../api/escalations';
import { ActionButtons } from '../components/ActionButtons';
import { Countdown } from '../components/Countdown';
import { useCursorPages } from '../components/CursorPager';
import { PagedItems } from '../components/PagedItems';
import { QueryState } from '../components/QueryState';
import { TemporalLink } from '../components/TemporalLink';
import { words } from '../components/words';

function ClockView({ name, clock }: { name: string; clock: Escalation['ackClock'] }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{clock ? clock.paused ? 'paused while waiting on the customer' : <Countdown {...clock} /> : 'done'}</dd>
    </div>
  );
}

/** The notes, newest first, a page at a time. */
function Notes({ escalationId, total }: { escalationId: string; total: number }) {
  const pages = useCursorPages();
  const notes = useEscalationNotes(escalationId, pages.cursor);
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      <PagedItems query={notes} pages={pages} total={total} noun="note" empty="No notes yet.">
        {(note) => (
          <li key={`${note.at}-${note.by.id}`}>
            <time dateTime={note.at}>{new Date(note.at).toLocaleString()}</time>, {note.by.name}: {note.text}
          </li>
        )}
      </PagedItems>
    </section>
  );
}

function EscalationView({ item }: { item: Escalation }) {
  return (
    <>
      <hgroup>
        <h1>
          {item.severity} escalation: {words(item.category)}
        </h1>
        <p>
          Tier {item.tier} · {words(item.status)} · customer {item.customerId}
        </p>
      </hgroup>
      <p>{item.reason}</p>
      <dl className="grid">
        <div>
          <dt>Assignee</dt>
          <dd>{item.assignee?.name ?? 'nobody yet'}</dd>
        </div>
        <div>
          <dt>Raised</dt>
          <dd>
            {new Date(item.raisedAt).toLocaleString()}
            {item.raisedBy && ` by ${item.raisedBy.name}`}
          </dd>
        </div>
        <ClockView name="Acknowledge" clock={item.ackClock} />
        <ClockView name="Resolve" clock={item.resolveClock} />
      </dl>
      {item.resolutionCode && <p>Resolved: {words(item.resolutionCode)}</p>}
      <ActionButtons caseId={item.caseId} actions={item.nextActions} />
      <p>
        <Link to={`/cases/${item.caseId}`}>The case</Link> · <TemporalLink workflowId={item.workflowId} />
      </p>
      {item.breaches.length > 0 && (
        <section aria-labelledby="breaches">
          <h2 id="breaches">Breaches</h2>
          <ul>
            {item.breaches.map((breach) => (
              <li key={`${breach.clock}-${breach.tier}-${breach.at}`}>
                {breach.clock === 'ack' ? 'Acknowledgement' : 'Resolution'} overdue in {breach.tier} at {new Date(breach.at).toLocaleString()}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Notes escalationId={item.id} total={item.notesTotal} />
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        {item.historyTotal > item.history.length && <p>The last {item.history.length} of {item.historyTotal} entries.</p>}
        <ol>
          {item.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>: {words(entry.type.replace('escalation.', ''))} ({entry.tier})
              {entry.by && `, ${entry.by.name}`}
              {entry.detail && `: ${entry.detail}`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** One escalation: both clocks, who has it, and a button for each action the caller may take. */
export default function EscalationScreen() {
  const { id = '' } = useParams();
  const item = useEscalation(id);
  return <QueryState query={item}>{(data) => <EscalationView item={data} />}</QueryState>;
}
