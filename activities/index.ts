import type { Database } from '../src/db/client';
import { createCaseOwnershipActivities } from './case-ownership';
import { createCaseActivities } from './cases';
import { createCreditActivities } from './credits';
import { createEscalationActivities } from './escalations';
import { createFinalStateActivities } from './final-states';
import { createHandoffActivities } from './handoffs';
import { createNotificationActivities } from './notifications';
import { createPolicyActivities } from './policies';
import { createReadModelActivities } from './read-model';
import { createReturnActivities } from './returns';
import { createStepActivities } from './step-records';
import { failUnstorableDataAtOnce } from './unstorable-data';

export interface ActivityDependencies {
  db: Database;
}

export function createActivities(deps: ActivityDependencies) {
  return failUnstorableDataAtOnce({
    ...createCaseActivities(deps),
    ...createCaseOwnershipActivities(deps),
    ...createCreditActivities(deps),
    ...createEscalationActivities(deps),
    ...createFinalStateActivities(deps),
    ...createHandoffActivities(deps),
    ...createNotificationActivities(deps),
    ...createPolicyActivities(deps),
    ...createReadModelActivities(deps),
    ...createReturnActivities(deps),
    ...createStepActivities(deps),
  });
}

export type Activities = ReturnType<typeof createActivities>;
