import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CancelRequest, ExceptionRequest, InspectionRequest, ReceiptRequest, ReturnState } from '../src/domain/messages/return';

// The return's messages, defined once: the workflow sets their handlers, the API sends them.

export const returnStateQuery = defineQuery<ReturnState>('returnState');
/** Completes once eligibility is decided and, for any eligible line, the RMA is issued. */
export const returnStartUpdate = defineUpdate<ReturnState>('returnSettled');
export const grantExceptionUpdate = defineUpdate<ReturnState, [ExceptionRequest]>('grantException');
export const receiveItemsUpdate = defineUpdate<ReturnState, [ReceiptRequest]>('receiveItems');
export const inspectItemsUpdate = defineUpdate<ReturnState, [InspectionRequest]>('inspectItems');
export const cancelReturnUpdate = defineUpdate<ReturnState, [CancelRequest]>('cancelReturn');
