import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { NotificationTemplate } from '../activities/notification-templates';
import { FailureType } from '../src/domain/failures';
import { isoDurationToMs } from '../src/domain/duration';
import { creditForLines, EXCEPTABLE_CODES, totalsOf, type ReturnStatus } from '../src/domain/returns';
import { workflowIds } from '../src/domain/workflow-ids';
import type { Actor } from '../src/domain/actor';
import type {
  ExceptionRequest,
  InspectionRequest,
  ReceiptRequest,
  ReturnRequest,
  ReturnState,
} from '../src/domain/messages/return';
import { creditWorkflow } from './credit';
import {
  cancelReturnUpdate,
  grantExceptionUpdate,
  inspectItemsUpdate,
  receiveItemsUpdate,
  returnSettledUpdate,
  returnStateQuery,
} from './return-messages';
import { CaseIdAttribute, CustomerIdAttribute, ProcessStatusAttribute } from './search-attributes';
import { finishWith } from './final-state';
import { SlaClock } from './sla-clock';
import { startEscalation } from './start-escalation';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

const conflict = (message: string) => ApplicationFailure.create({ type: FailureType.conflict, message });

export async function returnWorkflow(request: ReturnRequest): Promise<ReturnState> {
  const { workflowId } = workflowInfo();
  const state: ReturnState = {
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
    requestedAt: new Date().toISOString(),
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
  let settled = false;
  let clock: SlaClock | undefined;
  let expired = false;
  // Set while exceptions are applied and the RMA issued: a cancel then would race the authorisation.
  let authorising = false;
  // Set once the return is closing (expired, or ineligible for good): no exception is taken any more.
  let closing = false;
  const exceptions: ExceptionRequest[] = [];

  const view = (): ReturnState => ({ ...state, currentStep: clock?.view() ?? null });
  const setStatus = (status: ReturnStatus) => {
    state.status = status;
    upsertSearchAttributes([{ key: ProcessStatusAttribute, value: status }]);
  };
  const event = (type: string, actor: Actor | null, data: Record<string, unknown>, extra: Partial<Parameters<typeof activities.recordReturnEvent>[0]> = {}) =>
    activities.recordReturnEvent({
      returnId: state.returnId,
      caseId: state.caseId,
      type,
      actor,
      data,
      at: new Date().toISOString(),
      ...(state.status !== 'checking' ? { status: state.status } : {}),
      ...extra,
    });
  const notifyCustomer = (template: NotificationTemplate) =>
    activities.notify({
      dedupeKey: `${workflowId}:${template}`,
      audience: 'customer',
      recipient: `customer:${state.customerId}`,
      template,
      payload: { returnId: state.returnId, rmaNumber: state.rmaNumber, trackingNumber: state.trackingNumber, status: state.status, totals: state.totals },
    });
  const authorisedLines = () => state.lines.filter((line) => line.eligible);
  // Read through a function: update handlers change the status between awaits, which TypeScript's
  // narrowing cannot see.
  const status = (): ReturnState['status'] => state.status;

  setHandler(returnStateQuery, view);
  setHandler(returnSettledUpdate, async () => {
    await condition(() => settled);
    return view();
  });

  setHandler(
    grantExceptionUpdate,
    async (exception) => {
      exceptions.push(exception);
      await condition(() => !exceptions.includes(exception) && !authorising);
      return view();
    },
    {
      validator: ({ by, skus }: ExceptionRequest) => {
        if (by.role !== 'supervisor') throw ApplicationFailure.create({ type: FailureType.forbidden, message: 'only a supervisor grants exceptions' });
        if (state.status !== 'ineligible' && state.status !== 'awaiting_item') throw conflict(`cannot grant an exception on a return that is ${state.status}`);
        if (closing) throw conflict('the return is closing; start a new return');
        const exceptable = state.lines.filter((line) => !line.eligible && line.ineligibleCode && EXCEPTABLE_CODES.includes(line.ineligibleCode));
        const wanted = skus.length ? state.lines.filter((line) => skus.includes(line.sku)) : exceptable;
        if (skus.some((sku) => !state.lines.some((line) => line.sku === sku))) throw ApplicationFailure.create({ type: FailureType.invalid, message: 'skus: not on this return' });
        if (wanted.length === 0 || wanted.some((line) => !exceptable.includes(line))) {
          throw conflict('only lines refused for the return window or final sale can be let through');
        }
      },
    },
  );

  setHandler(
    receiveItemsUpdate,
    async ({ by, lines }) => {
      for (const received of lines) {
        const line = state.lines.find((candidate) => candidate.sku === received.sku);
        if (line) line.receivedQty = received.qty;
      }
      state.receivedAt = new Date().toISOString();
      setStatus('inspecting');
      await event('return.received', by, { lines }, { received: lines });
      await condition(() => clock?.view().step === 'inspect');
      return view();
    },
    {
      validator: ({ lines }: ReceiptRequest) => {
        if (state.status !== 'awaiting_item') throw conflict(`cannot receive items on a return that is ${state.status}`);
        for (const received of lines) {
          const line = authorisedLines().find((candidate) => candidate.sku === received.sku);
          if (!line) throw conflict(`${received.sku} is not authorised on this return`);
          if (received.qty > line.qty) throw conflict(`receiving ${received.qty} of ${received.sku} is more than the ${line.qty} authorised`);
        }
      },
    },
  );

  setHandler(
    inspectItemsUpdate,
    async ({ by, lines }) => {
      for (const inspected of lines) {
        const line = state.lines.find((candidate) => candidate.sku === inspected.sku);
        if (line) line.grade = inspected.grade;
      }
      state.inspectedAt = new Date().toISOString();
      setStatus('resolving');
      await event('return.inspected', by, { lines }, { grades: lines });
      return view();
    },
    {
      validator: ({ lines }: InspectionRequest) => {
        if (state.status !== 'inspecting') throw conflict(`cannot inspect a return that is ${state.status}`);
        const received = state.lines.filter((line) => (line.receivedQty ?? 0) > 0).map((line) => line.sku);
        const graded = lines.map((line) => line.sku);
        if (received.some((sku) => !graded.includes(sku)) || graded.some((sku) => !received.includes(sku))) {
          throw ApplicationFailure.create({ type: FailureType.invalid, message: `lines: grade exactly the received items (${received.join(', ')})` });
        }
      },
    },
  );

  setHandler(
    cancelReturnUpdate,
    async ({ by, reason }) => {
      state.cancellation = { by, reason };
      setStatus('cancelled');
      state.closedAt = new Date().toISOString();
      await event('return.cancelled', by, { reason });
      return view();
    },
    {
      validator: (_cancellation: { by: Actor; reason: string | null }) => {
        if (state.status !== 'awaiting_item' && state.status !== 'ineligible') throw conflict(`cannot cancel a return that is ${state.status}; only before the item is received`);
        if (authorising || exceptions.length > 0) throw conflict('the return is being authorised; try again in a moment');
      },
    },
  );

  const policies = await activities.loadPolicySnapshot();
  const policy = policies.returns.document;
  state.policyVersion = policies.returns.version;

  const reserved = await activities.reserveReturn({ ...request, workflowId, requestedAt: state.requestedAt, policy });
  reserved.forEach((result, index) => {
    const line = state.lines[index];
    if (line) Object.assign(line, result);
  });

  // An ineligible return waits for a supervisor's exception as long as an RMA would wait for the item.
  if (authorisedLines().length === 0) {
    setStatus('ineligible');
    await event('return.ineligible', null, { lines: reserved });
    settled = true;
    await condition(() => exceptions.length > 0 || status() !== 'ineligible', isoDurationToMs(policy.expiresAfter));
  }
  authorising = status() !== 'cancelled';

  const applyExceptions = async () => {
    const exception = exceptions[0];
    if (!exception) return;
    const exceptable = state.lines.filter((line) => !line.eligible && line.ineligibleCode && EXCEPTABLE_CODES.includes(line.ineligibleCode));
    const skus = exception.skus.length ? exception.skus : exceptable.map((line) => line.sku);
    const outcome = await activities.grantReturnException({ returnId: state.returnId, orderId: state.orderId, skus });
    for (const { sku, granted } of outcome) {
      const line = state.lines.find((candidate) => candidate.sku === sku);
      if (line && granted) Object.assign(line, { eligible: true, exception: { by: exception.by, reason: exception.reason } });
      if (line && !granted) line.ineligibleCode = 'quantity_exceeds_purchase';
    }
    await event('return.exception_granted', exception.by, { reason: exception.reason, outcome });
    exceptions.shift();
  };
  while (exceptions.length > 0) await applyExceptions();

  if (status() === 'checking' || (status() === 'ineligible' && authorisedLines().length > 0)) {
    state.rmaNumber = `RMA-${state.returnId.replaceAll('-', '').slice(0, 16).toUpperCase()}`;
    state.authorisedAt = new Date().toISOString();
    const { trackingNumber } = await activities.authoriseReturn({ returnId: state.returnId, workflowId, caseId: state.caseId, rmaNumber: state.rmaNumber, at: state.authorisedAt });
    state.trackingNumber = trackingNumber;
    setStatus('awaiting_item');
    authorising = false;
    await notifyCustomer('return.authorised');
    const expiresAfter = isoDurationToMs(policy.expiresAfter);
    clock = await SlaClock.start({
      workflowId,
      process: 'return',
      caseId: state.caseId,
      step: 'await_item',
      sequence: 1,
      ownerRole: 'warehouse',
      calendar: { kind: '24x7' },
      target: policy.expiresAfter,
      warningFraction: Math.min(0.99, isoDurationToMs(policy.reminderAfter) / expiresAfter),
      onWarn: () => notifyCustomer('return.reminder'),
      onBreach: async () => {
        expired = true;
      },
    });
    settled = true;
    for (;;) {
      await condition(() => exceptions.length > 0 || expired || status() !== 'awaiting_item');
      if (exceptions.length > 0) await applyExceptions();
      else break;
    }
    closing = expired && status() === 'awaiting_item';
    await clock.complete();
    if (expired && status() === 'awaiting_item') {
      setStatus('expired');
      state.closedAt = new Date().toISOString();
      await event('return.expired', null, { rmaNumber: state.rmaNumber });
      await notifyCustomer('return.expired');
    }
  } else if (status() === 'ineligible') {
    closing = true;
    authorising = false;
    state.closedAt = new Date().toISOString();
    await event('return.closed_ineligible', null, {});
  }

  if (status() === 'inspecting') {
    clock = await SlaClock.start({
      workflowId,
      process: 'return',
      caseId: state.caseId,
      step: 'inspect',
      sequence: 1,
      ownerRole: 'warehouse',
      calendar: policies.calendar.document,
      target: policy.inspection.target,
      warningFraction: policy.warningFraction,
    });
    await condition(() => status() !== 'inspecting');
    await clock.complete();
    clock = undefined;
  }

  if (status() === 'resolving') {
    await resolve();
    setStatus('completed');
    state.closedAt = new Date().toISOString();
    await event('return.completed', null, { totals: state.totals, creditStatus: state.creditStatus });
    await notifyCustomer('return.completed');
  }

  settled = true;
  await condition(allHandlersFinished);
  return finishWith('return', view());

  async function resolve(): Promise<void> {
    const received = state.lines.filter((line) => (line.receivedQty ?? 0) > 0 && line.unitPrice && line.grade);
    const credits = creditForLines(
      policy,
      received.map((line) => ({ sku: line.sku, qty: line.receivedQty ?? 0, unitPrice: line.unitPrice ?? { minor: 0, currency: 'EUR' }, grade: line.grade ?? 'as_new' })),
    );
    for (const credit of credits) {
      const line = state.lines.find((candidate) => candidate.sku === credit.sku);
      if (line) line.credit = credit;
    }
    const currency = received[0]?.unitPrice?.currency ?? 'EUR';
    state.totals = { ...totalsOf(credits), currency };
    const accepted = credits.filter((line) => !line.refused);
    if (accepted.length === 0) return;

    if (state.resolution === 'refund' || state.resolution === 'store_credit') {
      const creditId = uuid4();
      state.creditId = creditId;
      await event('return.credit_requested', null, { creditId, amount: { minor: state.totals.creditMinor, currency } }, {
        outcome: { creditId, creditMinor: state.totals.creditMinor, currency },
      });
      const credit = await startChild(creditWorkflow, {
        workflowId: workflowIds.credit(creditId),
        args: [
          {
            creditId,
            customerId: state.customerId,
            caseId: state.caseId,
            kind: state.resolution,
            amount: { minor: state.totals.creditMinor, currency },
            reason: `Return ${state.rmaNumber}`,
            requestedBy: state.requestedBy,
            source: { type: 'return', id: state.returnId },
          },
        ],
        typedSearchAttributes: [
          { key: CaseIdAttribute, value: state.caseId },
          { key: CustomerIdAttribute, value: state.customerId },
          { key: ProcessStatusAttribute, value: 'checking' },
        ],
      });
      const outcome = await credit.result();
      state.creditStatus = outcome.status === 'checking' ? null : outcome.status;
    } else if (state.resolution === 'exchange') {
      state.replacementOrderId = await activities.createReplacementOrder({
        returnId: state.returnId,
        rmaNumber: state.rmaNumber ?? state.returnId,
        orderId: state.orderId,
        customerId: state.customerId,
        lines: accepted.map((line) => ({ sku: line.sku, qty: state.lines.find((l) => l.sku === line.sku)?.receivedQty ?? 0 })),
        at: new Date().toISOString(),
      });
      await event('return.replacement_ordered', null, { orderId: state.replacementOrderId }, { outcome: { replacementOrderId: state.replacementOrderId } });
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
      await event('return.repair_escalated', null, { escalationId: state.escalationId }, { outcome: { escalationId: state.escalationId } });
    }
  }
}
