import { formatMoney, type Money } from '../../../src/domain/money';

// The customer's words for the codes the API answers with.

export const WHY_NOT: Record<string, string> = {
  not_customers_order: 'This line is not on your order.',
  not_on_order: 'This item is not on your order.',
  quantity_exceeds_purchase: 'Everything bought on this line is already being returned.',
  outside_return_window: 'The return window for this item has closed.',
  final_sale: 'This item was sold as final sale.',
};

export const RETURN_STAGE: Record<string, string> = {
  ineligible: 'Not accepted for return',
  awaiting_item: 'Waiting for your parcel',
  received: 'Received, being inspected',
  inspected: 'Inspected, being resolved',
  refunded: 'Refunded',
  credited: 'Store credit issued',
  refused: 'Refused',
  completed: 'Completed',
  expired: 'Expired: the parcel did not arrive in time',
  cancelled: 'Cancelled',
};

export const STEP: Record<string, string> = {
  requested: 'Requested',
  authorised: 'Authorised (label issued)',
  received: 'Parcel received',
  inspected: 'Inspected',
  resolved: 'Resolved',
};

export const RESOLUTION: Record<string, string> = { refund: 'Refund', store_credit: 'Store credit', exchange: 'Exchange', repair: 'Repair' };

export const REASON: Record<string, string> = {
  damaged: 'Arrived damaged',
  defective: 'Does not work',
  wrong_item: 'Wrong item sent',
  not_as_described: 'Not as described',
  changed_mind: 'Changed my mind',
  other: 'Another reason',
};

export const CREDIT_KIND: Record<string, string> = { refund: 'Refund', store_credit: 'Store credit', goodwill: 'Goodwill credit' };
export const CREDIT_STATUS: Record<string, string> = {
  checking: 'Being checked',
  pending_approval: 'Waiting for approval',
  approved: 'Approved',
  posted: 'Issued',
  rejected: 'Not granted',
  expired: 'Expired',
  recalled: 'Withdrawn',
};

export const money = (amount: Money) => formatMoney(amount);

export function dateOf(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}
