import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import { rememberCustomer } from '../db/customers';
import type { AuthenticatedUser } from '../db/users';
import { actorOf } from '../domain/actor';
import { HANDOFF_PROCESS, nextActions, type NextAction } from '../domain/catalog';
import { AppError } from '../domain/errors';
import { CONTACT_KINDS, type CustomerTier, type HandoffStatus, type SurveyStatus } from '../domain/handoffs';
import type { ContactRecord, HandoffState } from '../domain/messages/handoff';
import { workflowIds } from '../domain/workflow-ids';
import type { HandOverBody, HandoffContactPage, HandoffListSchema, HandoffView, ListHandoffsQuery } from '../schemas/handoffs';
import type { z } from '../schemas/zod';
import { handoffWorkflow } from '../../workflows/handoff';
import { handoffStartUpdate, handoffStateQuery } from '../../workflows/handoff-messages';
import { closeCase, startCase } from './cases';
import type { UseCaseContext } from './context';
import { processState } from './live-query';
import { lastStoredEvents, statePage, storedEventsPage, storesEvents, withRecent, type PageQuery, type StoredProcessEvent } from './process-events';
import { nextDueTimes } from './next-due';
import { startProcess } from './start-process';
import { surveyView } from './survey-answerer';
import { visibleHandoffs } from './visibility';

/** The catalog's actions the caller may take now, one per open commitment for the commitment actions. */
function handoffActions(state: HandoffState, caller: AuthenticatedUser): NextAction[] {
  const worksIt = state.owner?.id === caller.id || caller.role === 'supervisor';
  const openCommitments = state.commitments.filter((commitment) => commitment.status === 'open' || commitment.status === 'overdue');
  return nextActions(HANDOFF_PROCESS, state.status, caller.role, state.handoffId).flatMap((action) => {
    if (action.action === 'contacts') return worksIt ? [action] : [];
    if (action.action === 'survey-response') return worksIt && state.survey?.status === 'sent' ? [action] : [];
    if (action.action === 'fulfil' && !worksIt) return [];
    return openCommitments.map((commitment) => ({
      ...action,
      title: `${action.title}: ${commitment.n}. ${commitment.description}`,
      href: action.href.replace('{n}', String(commitment.n)),
    }));
  });
}

/** The events that carry a contact. */
const CONTACT_EVENTS = CONTACT_KINDS.map((kind) => `handoff.${kind}_contact`);

const contactsOf = (events: StoredProcessEvent[]) => events.flatMap(({ data }) => (data.contact ? [data.contact as ContactRecord] : []));

/**
 * The last few contacts and how many there are: a bounded run keeps them in PostgreSQL, with its
 * last few in its state; a run from before has them all in its state.
 */
async function recentContacts(context: UseCaseContext, state: HandoffState) {
  const { events, total } = await lastStoredEvents(context, workflowIds.handoff(state.dealId), CONTACT_EVENTS);
  const contacts = withRecent({ items: contactsOf(events), total }, state.contacts, (contact) => `${contact.kind} ${contact.outcome} ${contact.by.id} ${contact.at}`);
  return { contacts: contacts.items, contactsTotal: contacts.total };
}

/** The handoff as the API shows it, with its last few contacts and how many there are. */
export async function toHandoffView(context: UseCaseContext, stateNow: HandoffState, caller: AuthenticatedUser): Promise<HandoffView> {
  const state = { ...stateNow, ...(await recentContacts(context, stateNow)) };
  const { handoffId, ...rest } = state;
  return {
    id: handoffId,
    ...rest,
    survey: await surveyView(context, state),
    nextCheckIn: state.checkIns.find((checkIn) => checkIn.status !== 'done') ?? null,
    workflowId: workflowIds.handoff(state.dealId),
    nextActions: handoffActions(state, caller),
  };
}

/**
 * Hands a closed deal to service: a case for the customer, then the handoff workflow, whose update
 * answers once an owner is assigned. The deal id makes it idempotent: a deal already handed over
 * answers its existing handoff (`created: false`) and opens no second case.
 */
export async function handOver(
  context: UseCaseContext,
  user: AuthenticatedUser,
  body: z.infer<typeof HandOverBody>,
): Promise<{ created: boolean; handoff: HandoffView }> {
  const existing = await existingHandoff(context, user, body);
  if (existing) return { created: false, handoff: existing };
  if ((await context.db.user.count({ where: { role: 'agent', active: true } })) === 0) {
    throw new AppError('conflict', 'no active agent can own the handoff; create an agent first');
  }
  await rememberCustomer(context.db, body.customer);
  const opened = await startCase(context, user, { customerId: body.customer.id, subject: `Handoff: deal ${body.dealId}`, channel: 'email' }, randomUUID());
  const handoffId = randomUUID();
  let state: HandoffState;
  try {
    state = await startProcess(context, handoffWorkflow, handoffStartUpdate, {
      workflowId: workflowIds.handoff(body.dealId),
      args: [
        {
          handoffId,
          dealId: body.dealId,
          caseId: opened.caseId,
          customer: body.customer,
          products: body.products,
          commitments: body.commitments.map((commitment) => ({ description: commitment.description, dueAt: commitment.dueAt ?? null })),
          salesRep: body.salesRep,
          closedAt: body.closedAt,
          handedOverBy: actorOf(user),
        },
      ],
      caseId: opened.caseId,
      customerId: body.customer.id,
      status: 'welcome_pending',
      // A running handoff for the deal answers the update; a finished one is never started again.
      whenRunning: 'USE_EXISTING',
      whenFinished: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    await discardCase(context, user, opened.caseId, body.dealId);
    const finished = await existingHandoff(context, user, body);
    if (!finished) throw new AppError('conflict', `deal ${body.dealId} was handed over before; its handoff is no longer on record`);
    return { created: false, handoff: finished };
  }
  if (state.handoffId !== handoffId) {
    // Another request for the same deal started the handoff a moment earlier.
    await discardCase(context, user, opened.caseId, body.dealId);
    requireSameCustomer(state.customer.id, body);
    return { created: false, handoff: await toHandoffView(context, state, user) };
  }
  return { created: true, handoff: await toHandoffView(context, state, user) };
}

function requireSameCustomer(customerId: string, body: z.infer<typeof HandOverBody>): void {
  if (customerId !== body.customer.id) {
    throw new AppError('conflict', `deal ${body.dealId} was handed over for another customer (${customerId})`);
  }
}

async function existingHandoff(context: UseCaseContext, user: AuthenticatedUser, body: z.infer<typeof HandOverBody>): Promise<HandoffView | undefined> {
  const row = await context.db.handoff.findUnique({ where: { dealId: body.dealId } });
  if (!row) return undefined;
  requireSameCustomer(row.customerId, body);
  return readHandoff(context, user, row.id);
}

/** Closes the case a duplicate request opened, so the deal keeps one. */
async function discardCase(context: UseCaseContext, user: AuthenticatedUser, caseId: string, dealId: string): Promise<void> {
  await closeCase(context, user, caseId, `Duplicate: deal ${dealId} is already handed over`);
}

export async function handoffHandle(context: UseCaseContext, handoffId: string): Promise<WorkflowHandle> {
  const row = await context.db.handoff.findUnique({ where: { id: handoffId }, select: { workflowId: true } });
  if (!row) throw new AppError('not_found', `no handoff ${handoffId}`);
  return context.temporal.workflow.getHandle(row.workflowId);
}

export async function handoffState(context: UseCaseContext, handle: WorkflowHandle): Promise<HandoffState> {
  return processState(context, handle.workflowId, handoffStateQuery);
}

export async function readHandoff(context: UseCaseContext, user: AuthenticatedUser, handoffId: string): Promise<HandoffView> {
  return toHandoffView(context, await handoffState(context, await handoffHandle(context, handoffId)), user);
}

/** A handoff's contacts, newest first, a page at a time. */
export async function listHandoffContacts(context: UseCaseContext, handoffId: string, query: PageQuery): Promise<z.infer<typeof HandoffContactPage>> {
  const handle = await handoffHandle(context, handoffId);
  if (await storesEvents(context, handle.workflowId)) {
    const page = await storedEventsPage(context, handle.workflowId, CONTACT_EVENTS, query);
    return { items: contactsOf(page.items), nextCursor: page.nextCursor };
  }
  return statePage((await handoffState(context, handle)).contacts, query);
}

/** The handoffs the caller may read, newest first, each with the earliest due time of its open clocks. */
export async function listHandoffs(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  query: z.infer<typeof ListHandoffsQuery>,
): Promise<z.infer<typeof HandoffListSchema>> {
  const ownerId = query.owner === 'me' ? caller.id : query.owner;
  const rows = await context.db.handoff.findMany({
    where: {
      AND: [
        await visibleHandoffs(context, caller),
        {
          ...(ownerId ? { ownerId } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.customerId ? { customerId: query.customerId } : {}),
        },
      ],
    },
    orderBy: [{ handedOverAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
  const nextDue = await nextDueTimes(context.db, rows.map((row) => row.workflowId));
  return {
    items: rows.map((row) => ({
      id: row.id,
      dealId: row.dealId,
      caseId: row.caseId,
      customer: { id: row.customerId, name: row.customerName, tier: row.tier as CustomerTier },
      ownerId: row.ownerId,
      status: row.status as HandoffStatus,
      openCommitments: row.openCommitments,
      surveyStatus: row.surveyStatus as SurveyStatus,
      handedOverAt: row.handedOverAt.toISOString(),
      welcomedAt: row.welcomedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      nextDueAt: nextDue.get(row.workflowId) ?? null,
    })),
  };
}
