import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components } from './schema';

export type CatalogProcess = components['schemas']['ProcessCatalog']['processes'][number];

/** The process catalog: it changes only with a deploy. */
export function useProcessCatalog() {
  return useQuery({
    queryKey: keys.processes,
    queryFn: () => unwrap(api.GET('/v1/processes')),
    staleTime: Infinity,
    refetchInterval: false,
  });
}
