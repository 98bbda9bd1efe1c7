import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The score per week, drawn; the table beside it holds the numbers. */
export function NpsChart({ weeks, tableId }: { weeks: ReadonlyArray<{ week: string; nps: number | null }>; tableId: string }) {
  return (
    <figure role="img" aria-label="Chart: net promoter score per week; every week is in the table below." aria-describedby={tableId}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={weeks} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis domain={[-100, 100]} width={50} />
          <Tooltip />
          <Line dataKey="nps" name="NPS" stroke="#10427f" connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>Net promoter score per week (−100 to 100)</figcaption>
    </figure>
  );
}
