const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ReportWindow {
  from: Date;
  to: Date;
}

/** The window every report reads: `to` defaults to now, `from` to 30 days before `to`. */
export function reportWindow(query: { from?: string; to?: string }, now: Date): ReportWindow {
  const to = query.to === undefined ? now : new Date(query.to);
  const from = query.from === undefined ? new Date(to.getTime() - DEFAULT_WINDOW_MS) : new Date(query.from);
  return { from, to };
}
