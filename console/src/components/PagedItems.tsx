import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { CursorPager, type useCursorPages } from './CursorPager';
import { QueryState } from './QueryState';

interface PagedItemsProps<Item> {
  query: UseQueryResult<{ items: Item[]; nextCursor: string | null }>;
  pages: ReturnType<typeof useCursorPages>;
  /** How many there are in all, and what one is called (`note`, `contact`). */
  total: number;
  noun: string;
  empty: string;
  children: (item: Item) => ReactNode;
}

/** A list that grows with a process (notes, contacts), newest first, a page at a time. */
export function PagedItems<Item>({ query, pages, total, noun, empty, children }: PagedItemsProps<Item>) {
  return (
    <QueryState query={query} isEmpty={(page) => page.items.length === 0 && pages.page === 0} empty={empty}>
      {(page) => (
        <>
          <p>{total === 1 ? `1 ${noun}` : `${total} ${noun}s`}, newest first.</p>
          <ul>{page.items.map(children)}</ul>
          <CursorPager pages={pages} nextCursor={page.nextCursor} labels={{ previous: 'Newer', next: 'Older' }} />
        </>
      )}
    </QueryState>
  );
}
