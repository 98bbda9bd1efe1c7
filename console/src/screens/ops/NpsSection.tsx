import { useId, useState } from 'react';
import { useNpsReports } from '../../api/reports';
import { ProblemMessage } from '../../components/ProblemMessage';
import { DataTable } from '../../components/DataTable';
import { NpsChart } from './NpsChart';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const WEEKS = 8;

/** The last weeks, oldest first, the last one ending now. */
function lastWeeks(now: number): Array<{ from: string; to: string }> {
  return Array.from({ length: WEEKS }, (_, index) => {
    const to = now - (WEEKS - 1 - index) * WEEK_MS;
    return { from: new Date(to - WEEK_MS).toISOString(), to: new Date(to).toISOString() };
  });
}

/** Survey answers per week: promoters, passives, detractors and the score. */
export function NpsSection() {
  const [weeks] = useState(() => lastWeeks(Date.now()));
  const reports = useNpsReports(weeks);
  const tableId = useId();
  const failed = reports.find((report) => report.isError);
  if (failed) return <ProblemMessage error={failed.error} />;
  const loaded = reports.flatMap((report) => (report.data ? [report.data] : []));
  const rows = loaded.map((report) => ({ ...report, week: new Date(report.from).toLocaleDateString(undefined, { month: 'short', day: 'numeric' }) }));
  return (
    <section aria-labelledby="nps">
      <h2 id="nps">Net promoter score per week</h2>
      {loaded.length < weeks.length ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <NpsChart weeks={rows} tableId={tableId} />
          <DataTable label="NPS per week, table" id={tableId} caption="Survey answers per week (the week starting on the date shown)" headers={['Week of', 'Answers', 'Promoters', 'Passives', 'Detractors', 'NPS']}>
            {rows.map((row) => (
              <tr key={row.from}>
                <td>{row.week}</td>
                <td>{row.responses}</td>
                <td>{row.promoters}</td>
                <td>{row.passives}</td>
                <td>{row.detractors}</td>
                <td>{row.nps ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
