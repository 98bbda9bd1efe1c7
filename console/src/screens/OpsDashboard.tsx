import './ops/ops.css';
import { useState } from 'react';
import type { SlaFilter } from '../api/reports';
import { useProcessCatalog } from '../api/processes';
import { IssuesSection } from './ops/IssuesSection';
import { NpsSection } from './ops/NpsSection';
import { OpenWorkSection } from './ops/OpenWorkSection';
import { SelfServiceSection } from './ops/SelfServiceSection';
import { SlaSection } from './ops/SlaSection';

const DAY_MS = 24 * 60 * 60 * 1000;
const PERIODS = [
  { days: 1, label: 'Last 24 hours' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
] as const;

type Process = NonNullable<SlaFilter['process']>;

/** Ops: SLA timings and breaches per step, the work to chase now, recurring issues, NPS and customer self-service. */
export default function OpsDashboard() {
  const catalog = useProcessCatalog();
  const [days, setDays] = useState(30);
  const [process, setProcess] = useState<Process | ''>('');
  // The period starts when it is chosen, so that the report's query stays the same while it is open.
  const [from, setFrom] = useState(() => new Date(Date.now() - 30 * DAY_MS).toISOString());
  const choosePeriod = (value: number) => {
    setDays(value);
    setFrom(new Date(Date.now() - value * DAY_MS).toISOString());
  };
  const filter: SlaFilter = { from, ...(process ? { process } : {}) };
  return (
    <>
      <h1>Operations</h1>
      <form className="grid" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Period
          <select value={days} onChange={(event) => choosePeriod(Number(event.target.value))}>
            {PERIODS.map((period) => (
              <option key={period.days} value={period.days}>
                {period.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Process
          <select value={process} onChange={(event) => setProcess(event.target.value as Process | '')}>
            <option value="">All processes</option>
            {catalog.data?.processes.map((entry) => (
              <option key={entry.name} value={entry.name}>
                {entry.title}
              </option>
            ))}
          </select>
        </label>
      </form>
      <SlaSection filter={filter} />
      <OpenWorkSection process={process || undefined} />
      <IssuesSection from={from} />
      <NpsSection />
      <SelfServiceSection from={from} />
    </>
  );
}
