import { DAY_MS, dayBlocks, MAX_BLOCK_LEVEL, splitWindow } from '../../src/domain/day-blocks';

describe('a report window in blocks of whole days', () => {
  const daysOf = ({ level, block }: { level: number; block: number }) => Array.from({ length: 2 ** level }, (_, index) => block * 2 ** level + index);

  it.each([
    [20_000, 20_001],
    [20_000, 20_030],
    [19_999, 20_364],
    [19_456, 19_712],
    [-5, 300],
    [20_000, 21_000],
  ])('covers the days %i..%i once each, at most two blocks of each size below the largest', (first, end) => {
    const blocks = dayBlocks(first, end);
    expect(blocks.flatMap(daysOf)).toEqual(Array.from({ length: end - first }, (_, index) => first + index));
    for (let level = 0; level < MAX_BLOCK_LEVEL; level += 1) expect(blocks.filter((block) => block.level === level).length).toBeLessThanOrEqual(2);
  });

  it('reads a year as a handful of blocks', () => {
    expect(dayBlocks(20_000, 20_365).length).toBeLessThanOrEqual(2 * MAX_BLOCK_LEVEL);
  });

  it('leaves the partial days at both ends to the records themselves', () => {
    const from = new Date(20_000 * DAY_MS + 3_600_000);
    const to = new Date(20_030 * DAY_MS + 7_200_000);
    const { blocks, spans } = splitWindow(from, to);
    expect(blocks.flatMap(daysOf)).toEqual(Array.from({ length: 29 }, (_, index) => 20_001 + index));
    expect(spans).toEqual([
      { from, to: new Date(20_001 * DAY_MS) },
      { from: new Date(20_030 * DAY_MS), to },
    ]);
  });

  it('reads a window inside one day, or ending at midnight, without partial pieces it does not have', () => {
    const from = new Date(20_000 * DAY_MS + 3_600_000);
    expect(splitWindow(from, new Date(20_001 * DAY_MS - 1))).toEqual({ blocks: [], spans: [{ from, to: new Date(20_001 * DAY_MS - 1) }] });
    expect(splitWindow(new Date(20_000 * DAY_MS), new Date(20_002 * DAY_MS))).toEqual({ blocks: [{ level: 1, block: 10_000 }], spans: [] });
    expect(splitWindow(from, from)).toEqual({ blocks: [], spans: [] });
  });
});
