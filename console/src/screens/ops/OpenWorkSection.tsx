import { Link } from 'react-router';
import { mayUse } from '../../access';
import { useOpenWork, type OpenWorkItem, type SlaFilter } from '../../api/reports';
import { useSession } from '../../api/session';
import { Countdown } from '../../components/Countdown';
import { DataTable } from '../../components/DataTable';
import { QueryState } from '../../components/QueryState';
import { TemporalLink } from '../../components/TemporalLink';
import { words } from '../../components/words';

function WorkTable({ items, caption }: { items: readonly OpenWorkItem[]; caption: string }) {
  const user = useSession().data;
  const readsCases = user !== undefined && user !== null && mayUse(user.role, ['GET /v1/cases/:id']);
  if (items.length === 0) return <p className="empty">{caption}: none.</p>;
  return (
    <DataTable label={caption} caption={caption} headers={['Case', 'Process and step', 'Waiting on', 'Due', 'Workflow']}>
      {items.map((item) => (
        <tr key={`${item.workflowId}-${item.step}-${item.startedAt}`}>
          <td>{item.caseId === null ? '—' : readsCases ? <Link to={`/cases/${item.caseId}`}>Case {item.caseId.slice(0, 8)}</Link> : item.caseId.slice(0, 8)}</td>
          <td>
            {words(item.process)}: {words(item.step)}
          </td>
          <td>{item.assignee ? item.assignee.name : words(item.ownerRole)}</td>
          <td>
            {/* The server decided the state with the process's own warning fraction. */}
            <Countdown dueAt={item.dueAt} startedAt={item.startedAt} {...(item.state === 'breached' ? { breachedAt: item.dueAt } : { warnedAt: item.startedAt })} />
          </td>
          <td>
            <TemporalLink workflowId={item.workflowId} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The open work breached or at risk now, whatever the period, each linking to its case. */
export function OpenWorkSection({ process }: { process: SlaFilter['process'] }) {
  const work = useOpenWork(process ? { process } : {});
  return (
    <section aria-labelledby="open-work">
      <h2 id="open-work">Breached and at risk now</h2>
      <QueryState query={work}>
        {(data) => (
          <>
            <WorkTable caption="Breached now" items={data.items.filter((item) => item.state === 'breached')} />
            <WorkTable caption="At risk now" items={data.items.filter((item) => item.state === 'at_risk')} />
          </>
        )}
      </QueryState>
    </section>
  );
}
