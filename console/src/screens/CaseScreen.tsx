import { Link, useParams } from 'react-router';
import { mayUse } from '../access';
import { useCase, type Case, type LinkedProcess } from '../api/cases';
import { useSession } from '../api/session';
import { ActionButtons } from '../components/ActionButtons';
import { CaseCallbacks } from '../components/CaseCallbacks';
import { Countdown } from '../components/Countdown';
import { QueryState } from '../components/QueryState';
import { words } from '../components/words';
import { RaiseEscalationForm } from '../components/RaiseEscalationForm';
import { RequestCreditForm } from '../components/RequestCreditForm';
import { StartReturnFromCase } from '../components/StartReturnFromCase';
import { TemporalLink } from '../components/TemporalLink';

/** Processes with a screen of their own. */
const PROCESS_SCREENS: Partial<Record<LinkedProcess['process'], string>> = { return: '/returns', escalation: '/escalations' };

function ProcessCard({ caseId, process }: { caseId: string; process: LinkedProcess }) {
  const step = process.currentStep;
  const record = step ? process.steps.findLast((candidate) => candidate.name === step.name && !candidate.completedAt) : undefined;
  return (
    <article aria-label={`${words(process.process)} ${words(process.status)}`}>
      <header>
        <strong>{words(process.process)}</strong>: {words(process.status)}
      </header>
      {step ? (
        <p>
          Now: {words(step.name)}, waiting on {words(step.ownerRole)}{' '}
          {step.dueAt && <Countdown dueAt={step.dueAt} startedAt={record?.startedAt} warnedAt={record?.warnedAt} breachedAt={record?.breachedAt} />}
        </p>
      ) : (
        <p>No step open.</p>
      )}
      <ActionButtons caseId={caseId} actions={process.nextActions} />
      <footer>
        {PROCESS_SCREENS[process.process] && <Link to={`${PROCESS_SCREENS[process.process]}/${process.id}`}>Open the {words(process.process)}</Link>}{' '}
        <TemporalLink workflowId={process.workflowId} />
      </footer>
    </article>
  );
}

function Timeline({ events }: { events: Case['timeline'] }) {
  if (events.length === 0) return <p className="empty">Nothing has happened on this case yet.</p>;
  return (
    <ol>
      {events.map((event, index) => (
        <li key={`${event.at}-${index}`}>
          <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>: {words(event.type)}
          {event.by && <small> · by {event.by}</small>}
          {typeof event.data.reason === 'string' && <p className="event-reason">{event.data.reason}</p>}
          {event.type === 'escalation.raised' && typeof event.data.detail === 'string' && <p className="event-reason">{event.data.detail}</p>}
        </li>
      ))}
    </ol>
  );
}

function CaseView({ item }: { item: Case }) {
  const user = useSession().data;
  const open = item.status !== 'closed';
  return (
    <>
      <hgroup>
        <h1>{item.subject}</h1>
        <p>
          Customer {item.customerId} · {words(item.status)}
        </p>
      </hgroup>
      <dl className="grid">
        <div>
          <dt>Owner</dt>
          <dd>
            {item.owner.name}
            {item.transfers > 0 && <small> · transferred {item.transfers === 1 ? 'once' : `${item.transfers} times`}</small>}
          </dd>
        </div>
        <div>
          <dt>Opened by</dt>
          <dd>{item.openedBy.name}</dd>
        </div>
        <div>
          <dt>Channel</dt>
          <dd>{item.channel === 'self_service' ? 'self service: the customer acted themselves through a link' : words(item.channel)}</dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>{new Date(item.openedAt).toLocaleString()}</dd>
        </div>
        <div>
          <dt>Now</dt>
          <dd>
            {item.currentStep ? item.currentStep.title : 'Closed'}{' '}
            {item.currentStep?.dueAt && <Countdown dueAt={item.currentStep.dueAt} startedAt={item.currentStep.startedAt} />}
          </dd>
        </div>
      </dl>
      <ActionButtons caseId={item.id} actions={item.nextActions} />
      <p>
        <TemporalLink workflowId={item.workflowId} />
      </p>

      <section aria-labelledby="processes">
        <h2 id="processes">Processes</h2>
        {item.processes.length === 0 ? (
          <p className="empty">No process on this case yet.</p>
        ) : (
          item.processes.map((process) => <ProcessCard key={process.id} caseId={item.id} process={process} />)
        )}
      </section>

      <CaseCallbacks
        item={item}
        mayChange={open && !!user && mayUse(user.role, ['POST /v1/cases/:id/callbacks', 'POST /v1/cases/:id/callbacks/:n/done', 'POST /v1/cases/:id/transfer'])}
      />

      {open && user && mayUse(user.role, ['POST /v1/credits', 'GET /v1/policies/:name']) && (
        <section aria-labelledby="credit">
          <h2 id="credit">Request a credit</h2>
          <RequestCreditForm caseId={item.id} customerId={item.customerId} />
        </section>
      )}

      {open && user && mayUse(user.role, ['POST /v1/returns', 'GET /v1/orders/:id']) && (
        <section aria-labelledby="return">
          <h2 id="return">Start a return</h2>
          <StartReturnFromCase caseId={item.id} />
        </section>
      )}

      {open && user && mayUse(user.role, ['POST /v1/escalations']) && (
        <section aria-labelledby="escalation">
          <h2 id="escalation">Raise an escalation</h2>
          <RaiseEscalationForm caseId={item.id} />
        </section>
      )}

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <Timeline events={item.timeline} />
      </section>
    </>
  );
}

export default function CaseScreen() {
  const { id = '' } = useParams();
  const item = useCase(id);
  return <QueryState query={item}>{(data) => <CaseView item={data} />}</QueryState>;
}
