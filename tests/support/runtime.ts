import pino from 'pino';
import { installTemporalRuntime } from '../../src/temporal/runtime';

let installed = false;

/** The Temporal SDK's own logs, warnings and up only; once per module registry (each jest test file has its own). */
export function quietTemporalRuntime(): void {
  if (installed) return;
  installTemporalRuntime(pino({ level: 'warn' }));
  installed = true;
}
