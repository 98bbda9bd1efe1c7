import { ApplicationFailure } from '@temporalio/common';
import type { Database } from '../src/db/client';
import { chooseOwner, isKeyAccount, type CustomerTier, type OwnerCandidate } from '../src/domain/handoffs';
import type { NpsCategory } from '../src/domain/nps';
import type { HandoffState } from '../src/domain/messages/handoff';
import { openCommitmentCount } from '../src/domain/handoff-state';
import { addTimelineEvent } from './timeline';

// The handoff's writes and the one read its owner assignment needs. Each write is idempotent: the
// row is revision-guarded, the timeline event and the NPS answer are keyed.

export interface HandoffSnapshot {
  workflowId: string;
  /** Grows with every change: a late retry of an older snapshot changes nothing. */
  revision: number;
  state: HandoffState;
  event: { type: string; actorId: string | null; detail: string | null; at: string };
}

export interface NpsAnswer {
  handoffId: string;
  customerId: string;
  tier: CustomerTier;
  score: number;
  category: NpsCategory;
  comment: string | null;
  answeredAt: string;
}

const at = (iso: string | null) => (iso === null ? null : new Date(iso));

type Client = Pick<Database, 'user' | 'handoff' | '$executeRaw'>;

/** Active agents with their load: open handoffs, and open priority and strategic ones. Retried until there is one. */
async function ownerCandidates(db: Client): Promise<[OwnerCandidate, ...OwnerCandidate[]]> {
  const agents = await db.user.findMany({ where: { role: 'agent', active: true }, select: { id: true, name: true } });
  const loads = await db.handoff.groupBy({
    by: ['ownerId', 'tier'],
    where: { ownerId: { in: agents.map((agent) => agent.id) }, status: { not: 'completed' } },
    _count: { _all: true },
  });
  const [first, ...others] = agents.map((agent): OwnerCandidate => {
    const owned = loads.filter((load) => load.ownerId === agent.id);
    const count = (rows: typeof owned) => rows.reduce((total, row) => total + row._count._all, 0);
    return {
      ...agent,
      role: 'agent',
      openHandoffs: count(owned),
      openKeyAccounts: count(owned.filter((load) => isKeyAccount(load.tier as CustomerTier))),
    };
  });
  if (!first) throw ApplicationFailure.retryable('no active agent can own a handoff; create one', 'NoServiceOwner');
  return [first, ...others];
}

/** Writes the handoff's row unless a newer revision is there already. */
async function upsertHandoffRow(db: Client, workflowId: string, revision: number, state: HandoffState): Promise<void> {
  const openCommitments = openCommitmentCount(state);
  await db.$executeRaw`
    INSERT INTO handoffs (id, deal_id, workflow_id, case_id, customer_id, customer_name, tier, owner_id, status, sales_rep,
      handed_over_by_id, deal_closed_at, handed_over_at, welcomed_at, open_commitments, survey_status, completed_at, revision)
    VALUES (${state.handoffId}::uuid, ${state.dealId}, ${workflowId}, ${state.caseId}::uuid, ${state.customer.id},
      ${state.customer.name}, ${state.customer.tier}, ${state.owner?.id ?? null}::uuid, ${state.status}, ${state.salesRep},
      ${state.handedOverBy.id}::uuid, ${at(state.closedAt)}, ${at(state.handedOverAt)}, ${at(state.welcomedAt)},
      ${openCommitments}, ${state.survey?.status ?? 'scheduled'}, ${at(state.completedAt)}, ${revision})
    ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, welcomed_at = EXCLUDED.welcomed_at,
      open_commitments = EXCLUDED.open_commitments, survey_status = EXCLUDED.survey_status,
      completed_at = EXCLUDED.completed_at, revision = EXCLUDED.revision
    WHERE handoffs.revision < EXCLUDED.revision`;
}

export function createHandoffActivities({ db }: { db: Database }) {
  return {
    /** The candidates of the unlocked assignment, which handoffs started before assignHandoffOwner still use. */
    handoffOwnerCandidates: (): Promise<[OwnerCandidate, ...OwnerCandidate[]]> => ownerCandidates(db),

    /**
     * Chooses the owner and writes the handoff's row with it, under one lock, so that deals handed
     * over at once spread over the agents. A retry answers the owner already chosen.
     */
    async assignHandoffOwner({ workflowId, state }: { workflowId: string; state: HandoffState }): Promise<OwnerCandidate> {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('handoff-owner-assignment'))`;
        const assigned = await tx.handoff.findUnique({ where: { id: state.handoffId }, select: { ownerId: true } });
        const candidates = await ownerCandidates(tx);
        const owner = candidates.find((candidate) => candidate.id === assigned?.ownerId) ?? chooseOwner(state.customer.tier, candidates);
        await upsertHandoffRow(tx, workflowId, 0, { ...state, owner: { id: owner.id, name: owner.name, role: owner.role } });
        return owner;
      });
    },

    /** The handoff's row (owner loads, survey status) and its case timeline event. */
    async recordHandoff({ workflowId, revision, state, event }: HandoffSnapshot): Promise<void> {
      await db.$transaction(async (tx) => {
        await upsertHandoffRow(tx, workflowId, revision, state);
        await addTimelineEvent(tx, {
          caseId: state.caseId,
          eventKey: `handoff:${state.handoffId}:${revision}`,
          type: event.type,
          actorId: event.actorId,
          data: { handoffId: state.handoffId, dealId: state.dealId, status: state.status, owner: state.owner?.name ?? null, detail: event.detail },
          occurredAt: event.at,
        });
      });
    },

    /** The customer's one answer to the handoff's survey, for the NPS report. */
    async recordNpsResponse(answer: NpsAnswer): Promise<void> {
      await db.npsResponse.createMany({ data: [{ ...answer, answeredAt: new Date(answer.answeredAt) }], skipDuplicates: true });
    },
  };
}
