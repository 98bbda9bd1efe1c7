import { useState } from 'react';

/** One page of a long list at a time, so that a queue of thousands renders at once. */
export function usePage<T>(items: readonly T[], size = 25) {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(wanted, pages - 1);
  return { items: items.slice(page * size, (page + 1) * size), page, pages, setPage, total: items.length };
}

export function Pager({ page, pages, setPage, total }: { page: number; pages: number; setPage: (page: number) => void; total: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="pager">
      <button type="button" className="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page + 1} of {pages} ({total})
      </span>
      <button type="button" className="secondary" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
