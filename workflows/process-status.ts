import { upsertSearchAttributes } from '@temporalio/workflow';
import { ProcessStatusAttribute } from './search-attributes';

/** Sets a process's status, and the ProcessStatus search attribute by which the Temporal UI and list calls filter. */
export function setProcessStatus<Status extends string>(state: { status: Status | 'checking' }, status: Status): void {
  state.status = status;
  upsertSearchAttributes([{ key: ProcessStatusAttribute, value: status }]);
}
