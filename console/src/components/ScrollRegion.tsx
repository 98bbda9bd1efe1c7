import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-auto" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
