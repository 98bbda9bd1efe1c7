import { useId } from 'react';
import { useSlaReport, type SlaFilter, type SlaReportRow } from '../../api/reports';
import { formatDuration } from '../../components/duration';
import { DataTable } from '../../components/DataTable';
import { QueryState } from '../../components/QueryState';
import { SlaCharts } from './SlaChart';
import { words } from '../../components/words';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10} %`;

function SlaTable({ rows, id }: { rows: readonly SlaReportRow[]; id: string }) {
  return (
    <DataTable label="SLA per step, table" id={id} caption="Per process and step: the steps started in the period, and the work open now" headers={['Process', 'Step', 'Started', 'Completed', 'p50', 'p90', 'p95', 'Breached', 'Breach rate', 'At risk now', 'Breached now']}>
      {rows.map((row) => (
        <tr key={`${row.process}-${row.step}`}>
          <td>{words(row.process)}</td>
          <td>{words(row.step)}</td>
          <td>{row.count}</td>
          <td>{row.completed}</td>
          <td>{formatDuration(row.p50Ms)}</td>
          <td>{formatDuration(row.p90Ms)}</td>
          <td>{formatDuration(row.p95Ms)}</td>
          <td>{row.breached}</td>
          <td>{percent(row.breachRate)}</td>
          <td>{row.atRiskNow}</td>
          <td>{row.breachedNow}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** SLA timings per process and step: charts, and the same numbers as a table. */
export function SlaSection({ filter }: { filter: SlaFilter }) {
  const report = useSlaReport(filter);
  const tableId = useId();
  return (
    <section aria-labelledby="sla">
      <h2 id="sla">SLA per step</h2>
      <QueryState query={report} isEmpty={(data) => data.rows.length === 0} empty="No step started in this period and none is open.">
        {(data) => (
          <>
            <SlaCharts rows={data.rows} tableId={tableId} />
            <SlaTable rows={data.rows} id={tableId} />
          </>
        )}
      </QueryState>
    </section>
  );
}
