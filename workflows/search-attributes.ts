import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

// Registered on the server (ensureSearchAttributes in src/temporal/connection.ts) so the Temporal
// UI and list calls can filter processes by case, customer and status.
export const CaseIdAttribute = defineSearchAttributeKey('CaseId', SearchAttributeType.KEYWORD);
export const CustomerIdAttribute = defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD);
export const ProcessStatusAttribute = defineSearchAttributeKey('ProcessStatus', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [CaseIdAttribute, CustomerIdAttribute, ProcessStatusAttribute];

/** What a process starts with: its case, its customer and its first status. */
export function processSearchAttributes(start: { caseId: string; customerId: string; status: string }): SearchAttributePair[] {
  return [
    { key: CaseIdAttribute, value: start.caseId },
    { key: CustomerIdAttribute, value: start.customerId },
    { key: ProcessStatusAttribute, value: start.status },
  ];
}
