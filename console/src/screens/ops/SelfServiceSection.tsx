import { useNpsReport, useResolutionReport } from '../../api/reports';
import { DataTable } from '../../components/DataTable';
import { QueryState } from '../../components/QueryState';

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** What customers did themselves through signed links in the period: returns, exception requests and survey answers. */
export function SelfServiceSection({ from }: { from: string }) {
  const resolution = useResolutionReport({ from });
  const nps = useNpsReport({ from });
  return (
    <section aria-labelledby="self-service">
      <h2 id="self-service">Customer self-service</h2>
      <QueryState query={resolution}>
        {({ selfService }) => (
          <DataTable label="Self-service returns, table" caption="Returns requested in this period" headers={['Requested', 'By the customer', 'Share', 'Cases opened by customers']}>
            <tr>
              <td>{selfService.returns.requested}</td>
              <td>{selfService.returns.selfService}</td>
              <td>{percent(selfService.returns.share)}</td>
              <td>{selfService.cases}</td>
            </tr>
          </DataTable>
        )}
      </QueryState>
      <QueryState query={nps}>
        {({ surveys }) => (
          <DataTable label="Survey response rate, table" caption="NPS surveys sent in this period, answered whenever" headers={['Sent', 'Answered', 'Response rate', 'Answered by link', 'Share by link']}>
            <tr>
              <td>{surveys.sent}</td>
              <td>{surveys.answered}</td>
              <td>{percent(surveys.responseRate)}</td>
              <td>{surveys.answeredByLink}</td>
              <td>{percent(surveys.byLinkShare)}</td>
            </tr>
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
