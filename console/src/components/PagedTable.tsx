import type { ReactNode } from 'react';
import { Pager, usePage } from './Pager';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

/** A list as a table, one page at a time, scrolling sideways on a narrow screen. */
export function PagedTable<T extends { id: string }>({ items, columns, label }: { items: readonly T[]; columns: readonly Column<T>[]; label?: string }) {
  const page = usePage(items);
  return (
    <>
      <div className="overflow-auto">
        <table aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(item)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager {...page} />
    </>
  );
}
