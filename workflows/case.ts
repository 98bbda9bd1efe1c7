import { allHandlersFinished, condition, makeContinueAsNewFunc, patched, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { FailureType } from '../src/domain/failures';
import { activities, localActivities } from './activities';
import { casePolicies, caseWorkStep, resolutionDueAt, type CaseCarryOver, type CasePolicies, type CaseState, type CloseCaseRequest, type OpenCaseInput } from '../src/domain/messages/case';
import { caseStartUpdate, caseStateQuery, closeCaseUpdate } from './case-messages';
import { CaseOwnership } from './case-ownership';
import { refuseWhileHandingOver } from './continue-as-new';
import { refuse } from './refuse';
import { ProcessStatusAttribute } from './search-attributes';

/** Histories recorded before it opened without loading the policies (no first-contact resolution window). */
const POLICIES_AT_OPEN_PATCH = 'case-policies-at-open';
/**
 * Runs started before it kept every callback and its attempts in their state and never continued
 * as new; it is asked once, at the start of a first run (a continued run is always bounded).
 */
const CONTINUES_AS_NEW_PATCH = 'case-continues-as-new';
/** Runs before it wrote a transfer or a missed callback and then sent its messages in activities of their own; asked once per run, on bounded runs only. */
const NOTICES_WITH_CHANGE_PATCH = 'case-notices-with-change';
/** Runs before it loaded the policies and wrote the case in two activities; one answers the opening sooner. */
const OPENS_IN_ONE_ACTIVITY_PATCH = 'case-opens-in-one-activity';
/** Runs before it opened in an activity task of its own; a local activity answers the opening in the first workflow task. */
const OPENS_LOCALLY_PATCH = 'case-opens-in-a-local-activity';

/**
 * A case: opened, owned, transferred, its callbacks kept, closed. It stays open as long as the
 * customer's matter does, so it continues as new whenever its history grows long, carrying its
 * open callbacks and their clocks.
 */
export async function caseWorkflow(input: OpenCaseInput, carriedOver?: CaseCarryOver): Promise<CaseState> {
  const bounded = carriedOver !== undefined || patched(CONTINUES_AS_NEW_PATCH);
  const noticesWithChange = bounded && patched(NOTICES_WITH_CHANGE_PATCH);
  const openedAt = carriedOver?.state.openedAt ?? new Date().toISOString();
  const state: CaseState = carriedOver?.state ?? {
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
  let recorded = carriedOver !== undefined;
  let openFailure: unknown;
  let policies: CasePolicies | undefined = carriedOver?.policies;
  // Numbers the changes of the case's row (open, transfers, close), across continue-as-new.
  let revision = carriedOver?.revision ?? 0;
  const workflowId = workflowInfo().workflowId;
  const ownership = new CaseOwnership(
    {
      state,
      workflowId,
      recorded: () => recorded,
      policies: async () => (policies ??= casePolicies(await activities.loadPolicySnapshot())),
      nextRevision: () => (revision += 1),
      noticesWithChange,
      bounded,
      maxHistoryEvents: input.maxHistoryEvents,
    },
    carriedOver,
  );

  setHandler(caseStateQuery, () => state);

  setHandler(caseStartUpdate, async () => {
    await condition(() => recorded || openFailure !== undefined);
    if (openFailure !== undefined) throw openFailure;
    return state;
  });

  setHandler(
    closeCaseUpdate,
    async ({ by, resolution }) => {
      const closeRevision = (revision += 1);
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
        workDurationMs: Date.parse(state.closedAt) - Date.parse(state.openedAt),
        closedBy: by,
        resolution,
        revision: closeRevision,
        ownerId: state.owner.id,
      });
      await ownership.cancelOpenCallbacks(by);
      return state;
    },
    {
      validator: (_request: CloseCaseRequest) => {
        refuseWhileHandingOver(bounded, input.maxHistoryEvents);
        if (state.status === 'closed') throw refuse(FailureType.conflict, 'the case is already closed');
      },
    },
  );

  ownership.handleMessages();

  if (!carriedOver) {
    try {
      const opensLocally = patched(OPENS_LOCALLY_PATCH);
      if (opensLocally || patched(OPENS_IN_ONE_ACTIVITY_PATCH)) {
        const { openCase } = opensLocally ? localActivities : activities;
        const opened = await openCase({ workflowId, openedAt, ...input, revision: (revision += 1) });
        policies = opened.policies;
        if (state.currentStep) state.currentStep.dueAt = opened.resolutionDueAt;
      } else {
        let dueAt: string | null = null;
        if (patched(POLICIES_AT_OPEN_PATCH)) {
          policies = casePolicies(await activities.loadPolicySnapshot());
          dueAt = resolutionDueAt(policies, openedAt);
          if (state.currentStep) state.currentStep.dueAt = dueAt;
        }
        await activities.recordCaseOpened({ workflowId, openedAt, ...input, resolutionDueAt: dueAt, revision: (revision += 1) });
      }
    } catch (error) {
      // The caller opening the case learns why before the run fails.
      openFailure = error;
      await condition(allHandlersFinished);
      throw error;
    }
    recorded = true;
  }

  const closed = () => state.status === 'closed' && allHandlersFinished();
  await condition(() => closed() || (bounded && ownership.readyToContinue(input.maxHistoryEvents)));
  if (!closed()) {
    const next = makeContinueAsNewFunc<typeof caseWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
    return next(input, await ownership.carryOver(revision));
  }
  return state;
}
