import type { Database } from '../src/db/client';
import { currentPolicies } from '../src/db/policies';
import { POLICY_NAMES, type PolicyDocument, type PolicyName } from '../src/domain/policies';

/** The current version of every policy: a workflow loads it once when it starts and keeps it. */
export type PolicySnapshot = { [N in PolicyName]: { version: number; document: PolicyDocument<N> } };

export function createPolicyActivities({ db }: { db: Database }) {
  return {
    async loadPolicySnapshot(): Promise<PolicySnapshot> {
      const versions = await currentPolicies(db, POLICY_NAMES);
      return Object.fromEntries(Object.values(versions).map(({ name, version, document }) => [name, { version, document }])) as PolicySnapshot;
    },
  };
}
