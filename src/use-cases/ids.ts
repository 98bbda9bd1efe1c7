import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, name-based) derived from a name: the same name gives the same id. Retries of a
 * request with one Idempotency-Key so create the same resources, and start the same workflows.
 */
export function idFromName(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
