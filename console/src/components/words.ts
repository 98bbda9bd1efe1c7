/** A code such as `awaiting_item` or `wait-on-customer` as words. */
export const words = (code: string) => code.replaceAll('_', ' ');
