import type { SelectHTMLAttributes } from 'react';
import { words } from './words';

/** A choice among codes (reasons, grades, resolutions), each shown in words. */
export function CodeSelect<C extends string>({
  codes,
  placeholder,
  onChoose,
  ...props
}: { codes: readonly C[]; placeholder?: string; onChoose: (code: C) => void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'>) {
  return (
    <select {...props} onChange={(event) => onChoose(event.target.value as C)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {words(code)}
        </option>
      ))}
    </select>
  );
}
