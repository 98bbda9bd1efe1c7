import { useIssuesReport } from '../../api/reports';
import { ScrollRegion } from '../../components/ScrollRegion';
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
          <ScrollRegion label="Recurring issues, table">
            <table>
              <caption>Escalations by category, most frequent first</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Category</th>
                  <th scope="col">Escalations</th>
                  <th scope="col">Distinct customers</th>
                </tr>
              </thead>
              <tbody>
                {data.categories.map((row, index) => (
                  <tr key={row.category}>
                    <td>{index + 1}</td>
                    <td>{words(row.category)}</td>
                    <td>{row.escalations}</td>
                    <td>{row.customers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </QueryState>
    </section>
  );
}
