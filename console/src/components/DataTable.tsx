import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

/** A table of rows under column headers, scrolling sideways on a phone. */
export function DataTable({ label, id, caption, headers, children }: { label: string; id?: string; caption?: string; headers: readonly ReactNode[]; children: ReactNode }) {
  return (
    <ScrollRegion label={label}>
      <table id={id}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
