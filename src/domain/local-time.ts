/** `HH:MM` as minutes after local midnight. */
export function minutesAfterMidnight(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
