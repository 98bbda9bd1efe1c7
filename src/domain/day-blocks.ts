// A report window as the SLA pre-aggregates can read it (prisma/migrations/*_step_record_rollups):
// the whole UTC days inside it as aligned blocks of 2^level days (a block of level L holds the days
// d with d >> L equal to its number, d counted from 1970-01-01), at most two of each size, and
// the partial days at its ends, which are read from the step records themselves.

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The largest block: 2^8 = 256 days. The migration's trigger keeps levels 0..8. */
export const MAX_BLOCK_LEVEL = 8;

export interface DayBlock {
  level: number;
  block: number;
}

export interface Span {
  from: Date;
  to: Date;
}

export interface WindowParts {
  blocks: DayBlock[];
  /** The parts of the window outside whole days: none, one or two. */
  spans: Span[];
}

/** The days firstDay..endDay-1 as the fewest aligned blocks, taken greedily from the left. */
export function dayBlocks(firstDay: number, endDay: number): DayBlock[] {
  const blocks: DayBlock[] = [];
  for (let day = firstDay; day < endDay; ) {
    let level = MAX_BLOCK_LEVEL;
    while (level > 0 && (day % 2 ** level !== 0 || day + 2 ** level > endDay)) level -= 1;
    blocks.push({ level, block: Math.floor(day / 2 ** level) });
    day += 2 ** level;
  }
  return blocks;
}

export function splitWindow(from: Date, to: Date): WindowParts {
  const firstDay = Math.ceil(from.getTime() / DAY_MS);
  const endDay = Math.floor(to.getTime() / DAY_MS);
  if (firstDay >= endDay) return { blocks: [], spans: from < to ? [{ from, to }] : [] };
  const wholeFrom = new Date(firstDay * DAY_MS);
  const wholeTo = new Date(endDay * DAY_MS);
  return {
    blocks: dayBlocks(firstDay, endDay),
    spans: [
      ...(from < wholeFrom ? [{ from, to: wholeFrom }] : []),
      ...(wholeTo < to ? [{ from: wholeTo, to }] : []),
    ],
  };
}
