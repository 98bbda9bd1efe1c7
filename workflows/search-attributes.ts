import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Registered on the server (src/temporal/search-attributes.ts) so the Temporal UI and list calls
// can filter processes by case, customer and status.
export const CaseIdAttribute = defineSearchAttributeKey('CaseId', SearchAttributeType.KEYWORD);
export const CustomerIdAttribute = defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD);
export const ProcessStatusAttribute = defineSearchAttributeKey('ProcessStatus', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [CaseIdAttribute, CustomerIdAttribute, ProcessStatusAttribute];
