// Business durations as the reports give them (milliseconds), said in the unit that suits them.

const UNITS = [
  { unit: 'd', ms: 24 * 60 * 60 * 1000 },
  { unit: 'h', ms: 60 * 60 * 1000 },
  { unit: 'min', ms: 60 * 1000 },
  { unit: 's', ms: 1000 },
] as const;

export type DurationUnit = (typeof UNITS)[number];

/** The largest unit that the value reaches twice (seconds at least). */
export function unitFor(ms: number): DurationUnit {
  return UNITS.find((candidate) => ms >= 2 * candidate.ms) ?? UNITS[UNITS.length - 1]!;
}

export function inUnit(ms: number, unit: DurationUnit): number {
  return Math.round((ms / unit.ms) * 10) / 10;
}

/** For example `9.6 s`, `4.5 min`, `3 h`; an em dash when there is nothing to time. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const unit = unitFor(ms);
  return `${inUnit(ms, unit)} ${unit.unit}`;
}
