import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

/**
 * The one proxy through which every workflow calls its activities. Activities are idempotent, keyed
 * by workflow and step, so each is retried until it succeeds; a retry waits at most 30 seconds.
 */
export const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});
