/** A code such as `pending_approval` said as words. */
export const words = (name: string): string => name.replaceAll('_', ' ');
