import { FailureType } from './failures';

export type FailureKind = (typeof FailureType)[keyof typeof FailureType];

/** Why a process refuses a request: the failure type the API maps to one HTTP status, and the message for the caller. */
export interface ProcessRefusal {
  type: FailureKind;
  message: string;
}

export const conflict = (message: string): ProcessRefusal => ({ type: FailureType.conflict, message });
export const invalid = (message: string): ProcessRefusal => ({ type: FailureType.invalid, message });
