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

export function CursorPager({ pages, nextCursor }: { pages: ReturnType<typeof useCursorPages>; nextCursor: string | null }) {
  if (pages.page === 0 && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className="pager">
      <button type="button" className="secondary" disabled={pages.page === 0} onClick={pages.previous}>
        Previous
      </button>
      <span>Page {pages.page + 1}</span>
      <button type="button" className="secondary" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        Next
      </button>
    </nav>
  );
}
