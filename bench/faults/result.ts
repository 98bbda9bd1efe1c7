import type { Tally } from './credits';

/** One scenario's figures: what it did, what became of it, and anything else it promised and broke. */
export interface ScenarioResult extends Tally {
  name: string;
  /** What was done to the stack and what was measured besides. */
  detail: string;
  /** Broken promises other than lost, duplicated and stuck work (an answer that was not a 503, a slow answer). */
  failures: string[];
}
