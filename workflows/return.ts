import { allHandlersFinished, condition, patched, setHandler, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import { FailureType } from '../src/domain/failures';
import type { CalendarPolicy, ReturnsPolicy } from '../src/domain/policies';
import {
  exceptionSkus,
  exceptionWaitMs,
  refuseException,
  refuseInspection,
  refuseReceipt,
  reminderFraction,
  resolveCredit,
  rmaNumberOf,
  trackingNumberOf,
} from '../src/domain/return-process';
import type { ReturnStatus } from '../src/domain/returns';
import { workflowIds } from '../src/domain/workflow-ids';
import type { Actor } from '../src/domain/actor';
import { activities } from './activities';
import { creditWorkflow } from './credit';
import type { CreditRequest } from '../src/domain/messages/credit';
import type { ExceptionRequest, InspectionRequest, ReceiptRequest, ReturnRequest, ReturnState } from '../src/domain/messages/return';
import type { ProcessChange, ReturnRowFields } from '../src/domain/read-model';
import { cancelReturnUpdate, grantExceptionUpdate, inspectItemsUpdate, receiveItemsUpdate, returnStartUpdate, returnStateQuery } from './return-messages';
import { processSearchAttributes } from './search-attributes';
import { finishWith } from './final-state';
import { notify, outboxMessage, type Notice } from './notify';
import { setProcessStatus } from './process-status';
import { enforce, refuse } from './refuse';
import { SlaClock } from './sla-clock';
import { startEscalation } from './start-escalation';

/**
 * Runs started before it wrote each change with recordReturnEvent, which set the row and its lines
 * whatever came later; it is asked once, at the start of a run.
 */
const READ_MODEL_REVISIONS = 'return-read-model-revisions';
/** Runs before it wrote a change and then sent the customer's message in an activity of its own; asked once per run, on revised runs only. */
const NOTICES_WITH_CHANGE = 'return-notices-with-change';

/**
 * A return (RMA): check eligibility (a supervisor may let refused lines through), authorise, await
 * the item, inspect, resolve (credit, replacement or repair), close. Cancellable before receipt.
 */
export async function returnWorkflow(request: ReturnRequest): Promise<ReturnState> {
  const run = new ReturnRun(request, workflowInfo().workflowId);
  handleMessages(run);

  const policies = await activities.loadPolicySnapshot();
  const policy = policies.returns.document;
  run.state.policyVersion = policies.returns.version;

  await checkEligibility(run, request, policy);
  run.authorising = run.status() !== 'cancelled';
  while (run.exceptions.length > 0) await applyException(run);
  if (run.status() === 'checking' || (run.status() === 'ineligible' && run.authorisedLines().length > 0)) {
    await authorise(run);
    await awaitItem(run, policy);
  } else if (run.status() === 'ineligible') {
    await closeIneligible(run);
  }
  if (run.status() === 'inspecting') {
    const inspection = await inspect(run, policy, policies.calendar.document);
    // Completed here, not in inspect(): what follows must run in the same microtask as before the
    // phases were functions (see docs/versioning.md).
    await inspection.complete();
    run.clock = undefined;
  }
  if (run.status() === 'resolving') {
    await resolve(run, policy);
    await complete(run);
  }

  run.settled = true;
  await condition(allHandlersFinished);
  return finishWith('return', run.view());
}

/** One return's state, the flags its handlers and phases share, and what every step does with them. */
class ReturnRun {
  readonly state: ReturnState;
  /** The SLA clock of the step under way (await the item, then inspect). */
  clock: SlaClock | undefined;
  /** Set once eligibility is decided and, for any eligible line, the RMA issued: the start's update answers then. */
  settled = false;
  /** Set when the RMA's time runs out. */
  expired = false;
  /** Set while exceptions are applied and the RMA issued: a cancel then would race the authorisation. */
  authorising = false;
  /** Set once the return is closing (expired, or ineligible for good): no exception is taken any more. */
  closing = false;
  /** Exceptions granted by supervisors, applied one at a time by the main flow. */
  readonly exceptions: ExceptionRequest[] = [];
  /** Writes every change with recordProcessChange at the next revision, so that a late write never sets the row or its lines back. */
  readonly revised: boolean;
  /** Sends the customer's message with the change that calls for it, in its transaction (revised runs only). */
  readonly noticesWithChange: boolean;
  /** Numbers the changes written to PostgreSQL. */
  revision = 0;

  constructor(
    request: ReturnRequest,
    readonly workflowId: string,
  ) {
    this.revised = patched(READ_MODEL_REVISIONS);
    this.noticesWithChange = this.revised && patched(NOTICES_WITH_CHANGE);
    this.state = initialState(request, new Date().toISOString());
  }

  view(): ReturnState {
    return { ...this.state, currentStep: this.clock?.view() ?? null };
  }

  /** Read through a method: update handlers change the status between awaits, which TypeScript's narrowing cannot see. */
  status(): ReturnState['status'] {
    return this.state.status;
  }

  setStatus(status: ReturnStatus): void {
    setProcessStatus(this.state, status);
  }

  authorisedLines() {
    return this.state.lines.filter((line) => line.eligible);
  }

  line(sku: string) {
    return this.state.lines.find((candidate) => candidate.sku === sku);
  }

  /** The return's row and the case timeline event of a change, and (on runs that send it so) the customer's message it calls for. */
  event(type: string, actor: Actor | null, data: Record<string, unknown>, extra: Partial<Parameters<typeof activities.recordReturnEvent>[0]> = {}, notice?: Notice) {
    if (this.revised) return activities.recordProcessChange(this.withNotice(this.change(type, actor, data), notice));
    const { state } = this;
    return activities.recordReturnEvent({
      returnId: state.returnId,
      caseId: state.caseId,
      type,
      actor,
      data,
      at: new Date().toISOString(),
      ...(state.status !== 'checking' ? { status: state.status } : {}),
      ...extra,
    });
  }

  /** A change at the next revision: its event, and the return's row and lines as the state stands (or as it is about to stand). */
  change(type: string, actor: Actor | null, data: Record<string, unknown>, fields: Partial<ReturnRowFields> = {}): ProcessChange {
    const { state } = this;
    this.revision += 1;
    const { rmaNumber, trackingNumber, creditId, totals, replacementOrderId, escalationId, closedAt } = state;
    const credit = creditId && totals ? { minor: totals.creditMinor, currency: totals.currency } : null;
    const lines = state.lines.map(({ sku, receivedQty, grade }) => ({ sku, receivedQty, grade }));
    return {
      workflowId: this.workflowId,
      revision: this.revision,
      caseId: state.caseId,
      event: { type, actor, detail: null, data, at: new Date().toISOString() },
      row: {
        table: 'returns',
        id: state.returnId,
        fields: { status: state.status, rmaNumber, trackingNumber, creditId, credit, replacementOrderId, escalationId, closedAt, lines, ...fields },
      },
    };
  }

  /** The change with the message it calls for, on runs that send it with it. */
  withNotice(change: ProcessChange, notice: Notice | undefined): ProcessChange {
    return this.noticesWithChange && notice ? { ...change, notices: [outboxMessage(notice)] } : change;
  }

  notifyCustomer(template: NotificationTemplate) {
    return notify(this.customerNotice(template));
  }

  /** A message to the customer; `status` when it is sent for a status the return is about to take. */
  customerNotice(template: NotificationTemplate, status = this.state.status): Notice {
    const { returnId, rmaNumber, trackingNumber, totals, customerId } = this.state;
    return { audience: 'customer', recipient: `customer:${customerId}`, template, payload: { returnId, rmaNumber, trackingNumber, status, totals } };
  }
}

/** Set before the first await: an update sent with the start must find its handler in place. */
function handleMessages(run: ReturnRun): void {
  setHandler(returnStateQuery, () => run.view());
  setHandler(returnStartUpdate, async () => {
    await condition(() => run.settled);
    return run.view();
  });
  handleExceptions(run);
  handleTheItem(run);
  handleCancel(run);
}

/** A supervisor lets refused lines through; the main flow applies the exception, then it answers. */
function handleExceptions(run: ReturnRun): void {
  const { state } = run;
  setHandler(
    grantExceptionUpdate,
    async (exception) => {
      run.exceptions.push(exception);
      await condition(() => !run.exceptions.includes(exception) && !run.authorising);
      return run.view();
    },
    {
      validator: ({ by, skus }: ExceptionRequest) => {
        if (by.role !== 'supervisor') throw refuse(FailureType.forbidden, 'only a supervisor grants exceptions');
        if (state.status !== 'ineligible' && state.status !== 'awaiting_item') throw refuse(FailureType.conflict, `cannot grant an exception on a return that is ${state.status}`);
        if (run.closing) throw refuse(FailureType.conflict, 'the return is closing; start a new return');
        enforce(refuseException(state.lines, skus));
      },
    },
  );
}

const RECEIPT_ANSWERS_ONCE_INSPECTED = 'receipt-answers-once-inspected';

/** The warehouse receives the item, then grades it. */
function handleTheItem(run: ReturnRun): void {
  const { state } = run;
  setHandler(
    receiveItemsUpdate,
    async ({ by, lines }) => {
      // An inspection sent right behind the receipt can be done before the inspection clock starts:
      // the receipt then answers at once instead of waiting for that clock for ever.
      const answersOnceInspected = patched(RECEIPT_ANSWERS_ONCE_INSPECTED);
      for (const received of lines) {
        const line = run.line(received.sku);
        if (line) line.receivedQty = received.qty;
      }
      state.receivedAt = new Date().toISOString();
      run.setStatus('inspecting');
      await run.event('return.received', by, { lines }, { received: lines });
      await condition(() => run.clock?.view().step === 'inspect' || (answersOnceInspected && state.inspectedAt !== null));
      return run.view();
    },
    {
      validator: ({ lines }: ReceiptRequest) => {
        if (state.status !== 'awaiting_item') throw refuse(FailureType.conflict, `cannot receive items on a return that is ${state.status}`);
        enforce(refuseReceipt(run.authorisedLines(), lines));
      },
    },
  );

  setHandler(
    inspectItemsUpdate,
    async ({ by, lines }) => {
      for (const inspected of lines) {
        const line = run.line(inspected.sku);
        if (line) line.grade = inspected.grade;
      }
      state.inspectedAt = new Date().toISOString();
      run.setStatus('resolving');
      await run.event('return.inspected', by, { lines }, { grades: lines });
      return run.view();
    },
    {
      validator: ({ lines }: InspectionRequest) => {
        if (state.status !== 'inspecting') throw refuse(FailureType.conflict, `cannot inspect a return that is ${state.status}`);
        enforce(refuseInspection(state.lines, lines));
      },
    },
  );
}

/** Cancellable before the item is received, but not while it is being authorised. */
function handleCancel(run: ReturnRun): void {
  const { state } = run;
  setHandler(
    cancelReturnUpdate,
    async ({ by, reason }) => {
      state.cancellation = { by, reason };
      run.setStatus('cancelled');
      state.closedAt = new Date().toISOString();
      await run.event('return.cancelled', by, { reason });
      return run.view();
    },
    {
      validator: (_cancellation: { by: Actor; reason: string | null }) => {
        if (state.status !== 'awaiting_item' && state.status !== 'ineligible') {
          throw refuse(FailureType.conflict, `cannot cancel a return that is ${state.status}; only before the item is received`);
        }
        if (run.authorising || run.exceptions.length > 0) throw refuse(FailureType.conflict, 'the return is being authorised; try again in a moment');
      },
    },
  );
}

/**
 * Reserves the requested lines against the order and decides each one's eligibility. When no line
 * is eligible, the return waits for a supervisor's exception (or a cancel) as long as an RMA would
 * wait for the item.
 */
async function checkEligibility(run: ReturnRun, request: ReturnRequest, policy: ReturnsPolicy): Promise<void> {
  const { state, workflowId } = run;
  const reserved = await activities.reserveReturn({ ...request, workflowId, requestedAt: state.requestedAt, policy });
  reserved.forEach((result, index) => {
    const line = state.lines[index];
    if (line) Object.assign(line, result);
  });
  if (run.authorisedLines().length > 0) return;
  run.setStatus('ineligible');
  await run.event('return.ineligible', null, { lines: reserved });
  run.settled = true;
  await condition(() => run.exceptions.length > 0 || run.status() !== 'ineligible', exceptionWaitMs(policy));
}

/** Lets through the lines of the first exception waiting, as far as the order still allows. */
async function applyException(run: ReturnRun): Promise<void> {
  const exception = run.exceptions[0];
  if (!exception) return;
  const { state } = run;
  const skus = exceptionSkus(state.lines, exception.skus);
  const outcome = await activities.grantReturnException({ returnId: state.returnId, orderId: state.orderId, skus });
  for (const { sku, granted } of outcome) {
    const line = run.line(sku);
    if (line && granted) Object.assign(line, { eligible: true, exception: { by: exception.by, reason: exception.reason } });
    if (line && !granted) line.ineligibleCode = 'quantity_exceeds_purchase';
  }
  await run.event('return.exception_granted', exception.by, { reason: exception.reason, outcome });
  run.exceptions.shift();
}

/** Issues the RMA number and the return label. */
async function authorise(run: ReturnRun): Promise<void> {
  const { state, workflowId } = run;
  state.rmaNumber = rmaNumberOf(state.returnId);
  state.authorisedAt = new Date().toISOString();
  if (run.revised) {
    const { rmaNumber, authorisedAt } = state;
    state.trackingNumber = trackingNumberOf(rmaNumber);
    const change = run.withNotice(
      run.change('return.authorised', null, { rmaNumber, trackingNumber: state.trackingNumber }, { status: 'awaiting_item' }),
      run.customerNotice('return.authorised', 'awaiting_item'),
    );
    await activities.recordProcessChange({ ...change, event: { ...change.event, at: authorisedAt }, step: { name: 'authorise', startedAt: authorisedAt, completedAt: authorisedAt } });
  } else {
    const { trackingNumber } = await activities.authoriseReturn({ returnId: state.returnId, workflowId, caseId: state.caseId, rmaNumber: state.rmaNumber, at: state.authorisedAt });
    state.trackingNumber = trackingNumber;
  }
  run.setStatus('awaiting_item');
  run.authorising = false;
}

/**
 * Sends the customer the RMA and the label, then waits for the warehouse's receipt (or a cancel),
 * taking further exceptions meanwhile; reminds the customer on the way and expires the RMA when
 * its time runs out.
 */
async function awaitItem(run: ReturnRun, policy: ReturnsPolicy): Promise<void> {
  const { state } = run;
  if (!run.noticesWithChange) await run.notifyCustomer('return.authorised');
  run.clock = await SlaClock.start({
    workflowId: run.workflowId,
    process: 'return',
    caseId: state.caseId,
    step: 'await_item',
    sequence: 1,
    ownerRole: 'warehouse',
    calendar: { kind: '24x7' },
    target: policy.expiresAfter,
    warningFraction: reminderFraction(policy),
    onWarn: () => run.notifyCustomer('return.reminder'),
    onBreach: async () => {
      run.expired = true;
    },
  });
  run.settled = true;
  for (;;) {
    await condition(() => run.exceptions.length > 0 || run.expired || run.status() !== 'awaiting_item');
    if (run.exceptions.length > 0) await applyException(run);
    else break;
  }
  run.closing = run.expired && run.status() === 'awaiting_item';
  await run.clock.complete();
  if (run.expired && run.status() === 'awaiting_item') {
    run.setStatus('expired');
    state.closedAt = new Date().toISOString();
    const notice = run.customerNotice('return.expired');
    await run.event('return.expired', null, { rmaNumber: state.rmaNumber }, {}, notice);
    if (!run.noticesWithChange) await notify(notice);
  }
}

/** No line was let through in time: the return closes without an RMA. */
async function closeIneligible(run: ReturnRun): Promise<void> {
  run.closing = true;
  run.authorising = false;
  run.state.closedAt = new Date().toISOString();
  await run.event('return.closed_ineligible', null, {});
}

/** Starts the inspection step's clock and waits for the warehouse's grades; returns the clock, still running. */
async function inspect(run: ReturnRun, policy: ReturnsPolicy, calendar: CalendarPolicy): Promise<SlaClock> {
  const clock = await SlaClock.start({
    workflowId: run.workflowId,
    process: 'return',
    caseId: run.state.caseId,
    step: 'inspect',
    sequence: 1,
    ownerRole: 'warehouse',
    calendar,
    target: policy.inspection.target,
    warningFraction: policy.warningFraction,
  });
  run.clock = clock;
  await condition(() => run.status() !== 'inspecting');
  return clock;
}

/** Credits what the inspection accepted, and carries out the preferred resolution for it. */
async function resolve(run: ReturnRun, policy: ReturnsPolicy): Promise<void> {
  const { state } = run;
  const { credits, totals } = resolveCredit(policy, state.lines);
  for (const credit of credits) {
    const line = run.line(credit.sku);
    if (line) line.credit = credit;
  }
  state.totals = totals;
  const accepted = credits.filter((line) => !line.refused);
  if (accepted.length === 0) return;

  // Each branch awaits inline (no helper of its own), so the close follows in the same microtask as before.
  if (state.resolution === 'refund' || state.resolution === 'store_credit') {
    const creditId = uuid4();
    state.creditId = creditId;
    const amount = { minor: totals.creditMinor, currency: totals.currency };
    await run.event('return.credit_requested', null, { creditId, amount }, { outcome: { creditId, creditMinor: amount.minor, currency: amount.currency } });
    const credit = await startChild(creditWorkflow, creditChild(state, { creditId, kind: state.resolution, amount }));
    const outcome = await credit.result();
    state.creditStatus = outcome.status === 'checking' ? null : outcome.status;
  } else if (state.resolution === 'exchange') {
    state.replacementOrderId = await activities.createReplacementOrder({
      returnId: state.returnId,
      rmaNumber: state.rmaNumber ?? state.returnId,
      orderId: state.orderId,
      customerId: state.customerId,
      lines: accepted.map((line) => ({ sku: line.sku, qty: run.line(line.sku)?.receivedQty ?? 0 })),
      at: new Date().toISOString(),
    });
    await run.event('return.replacement_ordered', null, { orderId: state.replacementOrderId }, { outcome: { replacementOrderId: state.replacementOrderId } });
  } else {
    state.escalationId = await startEscalation({
      caseId: state.caseId,
      customerId: state.customerId,
      severity: 'P3',
      category: 'repair',
      reason: `Repair for return ${state.rmaNumber}: ${accepted.map((line) => line.sku).join(', ')}`,
      raisedBy: state.requestedBy,
      source: { type: 'return', id: state.returnId },
    });
    await run.event('return.repair_escalated', null, { escalationId: state.escalationId }, { outcome: { escalationId: state.escalationId } });
  }
}

/** A refund or store credit goes through the credit process: the child workflow that carries it, with its own id. */
function creditChild(state: ReturnState, credit: Pick<CreditRequest, 'creditId' | 'kind' | 'amount'>) {
  return {
    workflowId: workflowIds.credit(credit.creditId),
    args: [
      {
        creditId: credit.creditId,
        customerId: state.customerId,
        caseId: state.caseId,
        kind: credit.kind,
        amount: credit.amount,
        reason: `Return ${state.rmaNumber}`,
        requestedBy: state.requestedBy,
        source: { type: 'return', id: state.returnId },
      },
    ] as [CreditRequest],
    typedSearchAttributes: processSearchAttributes({ caseId: state.caseId, customerId: state.customerId, status: 'checking' }),
  };
}

/** Closes the resolved return and tells the customer. */
async function complete(run: ReturnRun): Promise<void> {
  const { state } = run;
  run.setStatus('completed');
  state.closedAt = new Date().toISOString();
  const notice = run.customerNotice('return.completed');
  await run.event('return.completed', null, { totals: state.totals, creditStatus: state.creditStatus }, {}, notice);
  if (!run.noticesWithChange) await notify(notice);
}

function initialState(request: ReturnRequest, requestedAt: string): ReturnState {
  return {
    ...request,
    status: 'checking',
    lines: request.lines.map((line) => ({
      ...line,
      name: null,
      unitPrice: null,
      eligible: false,
      ineligibleCode: null,
      exception: null,
      receivedQty: null,
      grade: null,
      credit: null,
    })),
    policyVersion: null,
    rmaNumber: null,
    trackingNumber: null,
    currentStep: null,
    requestedAt,
    authorisedAt: null,
    receivedAt: null,
    inspectedAt: null,
    totals: null,
    creditId: null,
    creditStatus: null,
    replacementOrderId: null,
    escalationId: null,
    closedAt: null,
    cancellation: null,
  };
}
