import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type SlaReportRow = components['schemas']['SlaReportRow'];
export type OpenWorkItem = components['schemas']['OpenWorkItem'];
export type NpsReport = components['schemas']['NpsReport'];
export type SlaFilter = NonNullable<paths['/v1/reports/sla']['get']['parameters']['query']>;
type Window = { from: string; to?: string };

// Reports aggregate many rows: an open dashboard follows them twice a minute, not every 5 s.
const REPORT_REFETCH_MS = 30_000;

export function useSlaReport(filter: SlaFilter) {
  return useQuery({
    queryKey: keys.reports.sla(filter),
    queryFn: () => unwrap(api.GET('/v1/reports/sla', { params: { query: filter } })),
    refetchInterval: REPORT_REFETCH_MS,
  });
}

export function useIssuesReport(filter: Window) {
  return useQuery({
    queryKey: keys.reports.issues(filter),
    queryFn: () => unwrap(api.GET('/v1/reports/issues', { params: { query: filter } })),
    refetchInterval: REPORT_REFETCH_MS,
  });
}

/** First-contact resolution, transfers, callbacks, repeat contacts and what customers did themselves. */
export function useResolutionReport(filter: Window) {
  return useQuery({
    queryKey: keys.reports.resolution(filter),
    queryFn: () => unwrap(api.GET('/v1/reports/resolution', { params: { query: filter } })),
    refetchInterval: REPORT_REFETCH_MS,
  });
}

/** The NPS report of one window, with the response rate of the surveys sent in it. */
export function useNpsReport(filter: Window) {
  return useQuery({
    queryKey: keys.reports.nps(filter),
    queryFn: () => unwrap(api.GET('/v1/reports/nps', { params: { query: filter } })),
    refetchInterval: REPORT_REFETCH_MS,
  });
}

/** The open steps at risk or breached now: what ops chase, followed like a queue. */
export function useOpenWork(filter: { process?: SlaFilter['process'] }) {
  return useQuery({
    queryKey: keys.reports.openWork(filter),
    queryFn: () => unwrap(api.GET('/v1/reports/open-work', { params: { query: { ...filter, limit: 100 } } })),
  });
}

/** The NPS report of each window (one per week), in the order given. */
export function useNpsReports(windows: readonly Window[]) {
  return useQueries({
    queries: windows.map((window) => ({
      queryKey: keys.reports.nps(window),
      queryFn: () => unwrap(api.GET('/v1/reports/nps', { params: { query: window } })),
      refetchInterval: REPORT_REFETCH_MS,
    })),
  });
}
