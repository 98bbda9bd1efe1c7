import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SlaReportRow } from '../../api/reports';
import { inUnit, unitFor } from '../../components/duration';
import { words } from '../../components/words';

// Recharts is imported only by the ops screen's files, so it stays out of the first load.

/** p50/p90/p95 per step and breach rates, drawn; the table beside them says the same in text. */
export function SlaCharts({ rows, tableId }: { rows: readonly SlaReportRow[]; tableId: string }) {
  const timed = rows.filter((row) => row.p95Ms !== null);
  const unit = unitFor(Math.max(0, ...timed.map((row) => row.p95Ms ?? 0)));
  const durations = timed.map((row) => ({
    step: `${words(row.process)}: ${words(row.step)}`,
    p50: inUnit(row.p50Ms ?? 0, unit),
    p90: inUnit(row.p90Ms ?? 0, unit),
    p95: inUnit(row.p95Ms ?? 0, unit),
  }));
  const breaches = rows.map((row) => ({ step: `${words(row.process)}: ${words(row.step)}`, rate: Math.round(row.breachRate * 1000) / 10 }));
  const slowest = timed.reduce<SlaReportRow | undefined>((worst, row) => (!worst || (row.p95Ms ?? 0) > (worst.p95Ms ?? 0) ? row : worst), undefined);
  const summary = slowest
    ? `Business durations of ${timed.length} steps in ${unit.unit}; the slowest p95 is ${words(slowest.process)} ${words(slowest.step)}. Every number is in the table below.`
    : 'No step completed in this period.';
  return (
    <div className="grid charts">
      <figure role="img" aria-label={`Chart: ${summary}`} aria-describedby={tableId}>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={durations} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" tick={{ fontSize: 11 }} />
            <YAxis unit={` ${unit.unit}`} width={70} />
            <Tooltip />
            <Legend />
            <Bar dataKey="p50" fill="#7eb6ff" isAnimationActive={false} />
            <Bar dataKey="p90" fill="#2f7de1" isAnimationActive={false} />
            <Bar dataKey="p95" fill="#10427f" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <figcaption>p50, p90 and p95 business duration per step ({unit.unit})</figcaption>
      </figure>
      <figure role="img" aria-label="Chart: breach rate per step in percent; every rate is in the table below." aria-describedby={tableId}>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={breaches} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" tick={{ fontSize: 11 }} />
            <YAxis unit=" %" width={72} domain={[0, 100]} />
            <Tooltip />
            <Bar dataKey="rate" name="breach rate" fill="#b3261e" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <figcaption>Breach rate per step (% of the steps started)</figcaption>
      </figure>
    </div>
  );
}
