import { allHandlersFinished, condition, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { FailureType } from '../src/domain/failures';
import { activities } from './activities';
import { caseWorkStep, type CaseState, type CloseCaseRequest, type OpenCaseInput } from '../src/domain/messages/case';
import { caseStartUpdate, caseStateQuery, closeCaseUpdate } from './case-messages';
import { refuse } from './refuse';
import { ProcessStatusAttribute } from './search-attributes';

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
  };
  let recorded = false;
  let openFailure: unknown;
  const workflowId = workflowInfo().workflowId;

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
      return state;
    },
    {
      validator: (_request: CloseCaseRequest) => {
        if (state.status === 'closed') throw refuse(FailureType.conflict, 'the case is already closed');
      },
    },
  );

  try {
    await activities.recordCaseOpened({ workflowId, openedAt, ...input });
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
