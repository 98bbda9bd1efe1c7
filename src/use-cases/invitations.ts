import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '../db/audit';
import { hashPassword } from '../db/passwords';
import { hashSecret, randomSecret } from '../db/secrets';
import { startSession, type SessionLifetime } from '../db/sessions';
import type { AuthenticatedUser } from '../db/users';
import { AppError, invalidField } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { AcceptInvitationRequest, CreateInvitationRequest, CreatedInvitationView, InvitationView } from '../schemas/invitations';
import type { SessionUserView } from '../schemas/sessions';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

// An admin invites a person by name, role and email; the person opens the one-time link, sets their
// own password and is signed in. Only the token's hash is stored; the admin never sees a password.

/** Invitations older than this are no longer listed. */
const LISTED_FOR_MS = 30 * 24 * 3_600_000;

interface InvitationRow {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  invitedBy: { id: string; name: string };
}

function statusOf(invitation: Omit<InvitationRow, 'invitedBy'>, now: number): InvitationView['status'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now ? 'expired' : 'pending';
}

function invitationView(invitation: InvitationRow, now = Date.now()): InvitationView {
  return {
    id: invitation.id,
    name: invitation.name,
    email: invitation.email,
    role: invitation.role as Role,
    status: statusOf(invitation, now),
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
  };
}

const pendingWhere = () => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });
const withSender = { invitedBy: { select: { id: true, name: true } } };

/** A new invitation; its link (`<origin>/accept-invitation#token=…`) is in this answer only. */
export async function invitePerson(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  request: z.infer<typeof CreateInvitationRequest>,
  options: { origin: string; ttlMs: number },
): Promise<CreatedInvitationView> {
  const token = randomSecret();
  const invitation = await context.db.$transaction(async (tx) => {
    // One invitation at a time per email: concurrent invitations of one address wait for each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${request.email}`}))`;
    if (await tx.user.count({ where: { email: request.email } })) throw new AppError('conflict', 'a user already has this email');
    if (await tx.invitation.count({ where: { email: request.email, ...pendingWhere() } })) {
      throw new AppError('conflict', 'a pending invitation already has this email; revoke it to invite again');
    }
    const created = await tx.invitation.create({
      data: { id: randomUUID(), ...request, tokenHash: hashSecret(token), invitedById: caller.id, expiresAt: new Date(Date.now() + options.ttlMs) },
    });
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'invitation.created',
      target: { type: 'invitation', id: created.id },
      after: { name: created.name, email: created.email, role: created.role, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });
  return {
    id: invitation.id,
    name: invitation.name,
    email: invitation.email,
    role: invitation.role as Role,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptUrl: `${options.origin}/accept-invitation#token=${token}`,
  };
}

/** Pending invitations and those of the last 30 days, newest first. */
export async function listInvitations(context: UseCaseContext): Promise<{ items: InvitationView[] }> {
  const invitations = await context.db.invitation.findMany({
    where: { OR: [pendingWhere(), { createdAt: { gte: new Date(Date.now() - LISTED_FOR_MS) } }] },
    include: withSender,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return { items: invitations.map((invitation) => invitationView(invitation)) };
}

export async function revokeInvitation(context: UseCaseContext, caller: AuthenticatedUser, invitationId: string): Promise<InvitationView> {
  return context.db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({ where: { id: invitationId, ...pendingWhere() }, data: { revokedAt: new Date() } });
    const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, include: withSender });
    if (!invitation) throw new AppError('not_found', `no invitation ${invitationId}`);
    if (revoked.count === 0) throw new AppError('conflict', `the invitation is ${statusOf(invitation, Date.now())}, not pending`);
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'invitation.revoked',
      target: { type: 'invitation', id: invitationId },
      before: { status: 'pending' },
      after: { status: 'revoked' },
    });
    return invitationView(invitation);
  });
}

/** The invited person sets their password: the user is created as invited and signed in. The token works once. */
export async function acceptInvitation(
  context: UseCaseContext,
  request: z.infer<typeof AcceptInvitationRequest>,
  lifetime: SessionLifetime,
): Promise<{ user: SessionUserView; token: string }> {
  const passwordHash = await hashPassword(request.password);
  const user = await context.db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashSecret(request.token) } });
    if (!invitation) throw invalidField('body', 'token', 'the invitation token is unknown');
    const taken = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingWhere() }, data: { acceptedAt: new Date() } });
    if (taken.count === 0) throw invalidField('body', 'token', `the invitation is ${statusOf(invitation, Date.now())}; ask for a new one`);
    if (await tx.user.count({ where: { email: invitation.email } })) throw new AppError('conflict', 'a user already has this email');
    const created = { id: randomUUID(), name: invitation.name, email: invitation.email, role: invitation.role as Role };
    await tx.user.create({ data: { ...created, passwordHash } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { userId: created.id } });
    const actor = { id: created.id, role: created.role };
    await recordAuditEvent(tx, {
      actor,
      action: 'user.created',
      target: { type: 'user', id: created.id },
      after: { name: created.name, role: created.role, email: created.email },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'invitation.accepted',
      target: { type: 'invitation', id: invitation.id },
      before: { status: 'pending' },
      after: { status: 'accepted', userId: created.id },
    });
    return created;
  });
  return { user, token: await startSession(context.db, user.id, lifetime) };
}
