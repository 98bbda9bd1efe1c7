import type { InputHTMLAttributes } from 'react';

/** An amount typed as a decimal such as 900.00 (read with parseMoney, sent as minor units). */
export function MoneyInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>) {
  return <input type="text" inputMode="decimal" autoComplete="off" placeholder="0.00" {...props} />;
}
