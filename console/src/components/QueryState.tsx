import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ProblemMessage } from './ProblemMessage';

/** Loading, error and empty states of a query, then its data. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <p aria-busy="true">Loading…</p>;
  if (query.isError) return <ProblemMessage error={query.error} />;
  if (isEmpty?.(query.data)) return <p className="empty">{empty}</p>;
  return <>{children(query.data)}</>;
}
