import { allHandlersFinished, condition, patched, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { PolicySnapshot } from '../activities/policies';
import { dueAt } from '../src/domain/calendar';
import { FailureType } from '../src/domain/failures';
import { activities } from './activities';
import { caseWorkStep, type CaseState, type CloseCaseRequest, type OpenCaseInput } from '../src/domain/messages/case';
import { caseStartUpdate, caseStateQuery, closeCaseUpdate } from './case-messages';
import { CaseOwnership } from './case-ownership';
import { refuse } from './refuse';
import { ProcessStatusAttribute } from './search-attributes';

/** Histories recorded before it opened without loading the policies (no first-contact resolution window). */
const POLICIES_AT_OPEN_PATCH = 'case-policies-at-open';

export async function caseWorkflow(input: OpenCaseInput): Promise<CaseState> {
  const openedAt = new Date().toISOString();
  const state: CaseState = {
    ...input,
    status: 'open',
    openedAt,
    closedAt: null,
    closedBy: null,
    resolution: null,
    currentStep: caseWorkStep(openedAt),
    owner: input.openedBy,
    transfers: 0,
    callbacks: [],
  };
  let recorded = false;
  let openFailure: unknown;
  let policies: PolicySnapshot | undefined;
  const workflowId = workflowInfo().workflowId;
  const ownership = new CaseOwnership({
    state,
    workflowId,
    recorded: () => recorded,
    policies: async () => (policies ??= await activities.loadPolicySnapshot()),
  });

  setHandler(caseStateQuery, () => state);

  setHandler(caseStartUpdate, async () => {
    await condition(() => recorded || openFailure !== undefined);
    if (openFailure !== undefined) throw openFailure;
    return state;
  });

  setHandler(
    closeCaseUpdate,
    async ({ by, resolution }) => {
      state.status = 'closed';
      state.closedAt = new Date().toISOString();
      state.closedBy = by;
      state.resolution = resolution;
      state.currentStep = null;
      upsertSearchAttributes([{ key: ProcessStatusAttribute, value: 'closed' }]);
      await condition(() => recorded);
      await activities.recordCaseClosed({
        workflowId,
        caseId: state.caseId,
        closedAt: state.closedAt,
        workDurationMs: Date.parse(state.closedAt) - Date.parse(openedAt),
        closedBy: by,
        resolution,
      });
      await ownership.cancelOpenCallbacks(by);
      return state;
    },
    {
      validator: (_request: CloseCaseRequest) => {
        if (state.status === 'closed') throw refuse(FailureType.conflict, 'the case is already closed');
      },
    },
  );

  ownership.handleMessages();

  try {
    let resolutionDueAt: string | null = null;
    if (patched(POLICIES_AT_OPEN_PATCH)) {
      policies = await activities.loadPolicySnapshot();
      resolutionDueAt = new Date(dueAt(policies.calendar.document, Date.parse(openedAt), policies.cases.document.firstContactResolutionWindow)).toISOString();
      if (state.currentStep) state.currentStep.dueAt = resolutionDueAt;
    }
    await activities.recordCaseOpened({ workflowId, openedAt, ...input, resolutionDueAt });
  } catch (error) {
    // The caller opening the case learns why before the run fails.
    openFailure = error;
    await condition(allHandlersFinished);
    throw error;
  }
  recorded = true;

  await condition(() => state.status === 'closed' && allHandlersFinished());
  return state;
}
