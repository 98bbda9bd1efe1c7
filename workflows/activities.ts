import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

/**
 * The proxies through which every workflow calls its activities. Activities are idempotent, keyed
 * by workflow and step, so each is retried until it succeeds; a retry waits at most 30 seconds.
 */
const options = { startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } } as const;

export const activities = proxyActivities<Activities>(options);

/**
 * The same activities run by the worker inside the workflow task that calls them: for a short
 * write that a caller waits on, it saves the activity task's round trip through the server.
 */
export const localActivities = proxyLocalActivities<Activities>(options);
