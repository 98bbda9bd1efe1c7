import { useState } from 'react';

/** Pages the server hands out by cursor: the cursors of the pages seen so far, to go back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  return {
    cursor: cursors.at(-1),
    page: cursors.length - 1,
    next: (cursor: string) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

interface CursorPagerProps {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null;
  /** What the buttons say: the way the list runs (newest first: Newer and Older). */
  labels?: { previous: string; next: string };
}

export function CursorPager({ pages, nextCursor, labels = { previous: 'Previous', next: 'Next' } }: CursorPagerProps) {
  if (pages.page === 0 && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className="pager">
      <button type="button" className="secondary" disabled={pages.page === 0} onClick={pages.previous}>
        {labels.previous}
      </button>
      <span>Page {pages.page + 1}</span>
      <button type="button" className="secondary" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {labels.next}
      </button>
    </nav>
  );
}
