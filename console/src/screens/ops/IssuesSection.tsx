import { useIssuesReport } from '../../api/reports';
import { DataTable } from '../../components/DataTable';
import { QueryState } from '../../components/QueryState';
import { words } from '../../components/words';

/** Recurring issues: escalation categories ranked by how often they were raised in the period. */
export function IssuesSection({ from }: { from: string }) {
  const report = useIssuesReport({ from });
  return (
    <section aria-labelledby="issues">
      <h2 id="issues">Recurring issues</h2>
      <QueryState query={report} isEmpty={(data) => data.categories.length === 0} empty="No escalation was raised in this period.">
        {(data) => (
          <DataTable label="Recurring issues, table" caption="Escalations by category, most frequent first" headers={['Rank', 'Category', 'Escalations', 'Distinct customers']}>
            {data.categories.map((row, index) => (
              <tr key={row.category}>
                <td>{index + 1}</td>
                <td>{words(row.category)}</td>
                <td>{row.escalations}</td>
                <td>{row.customers}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
