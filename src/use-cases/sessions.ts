import { passwordMatches } from '../db/passwords';
import { startSession, type SessionLifetime } from '../db/sessions';
import { signInDelaySeconds } from '../domain/credentials';
import { AppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { SessionUserView, SignInRequest } from '../schemas/sessions';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

// Signing in with email and password. A wrong email and a wrong password get the same answer in
// about the same time; five failures in a row slow the account down, and a success resets them.

const WRONG = 'the email or password is wrong';

export async function readSessionUser(context: UseCaseContext, userId: string): Promise<SessionUserView> {
  const user = await context.db.user.findUniqueOrThrow({ where: { id: userId } });
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}

async function recordFailure(context: UseCaseContext, userId: string): Promise<void> {
  const { failedSignIns } = await context.db.user.update({ where: { id: userId }, data: { failedSignIns: { increment: 1 } } });
  const delay = signInDelaySeconds(failedSignIns);
  if (delay > 0) await context.db.user.update({ where: { id: userId }, data: { signInBlockedUntil: new Date(Date.now() + delay * 1000) } });
}

/** A new session for the person with this email and password; returns them and the session's token. */
export async function signIn(
  context: UseCaseContext,
  request: z.infer<typeof SignInRequest>,
  lifetime: SessionLifetime,
): Promise<{ user: SessionUserView; token: string }> {
  const user = await context.db.user.findUnique({ where: { email: request.email } });
  const blockedForMs = (user?.signInBlockedUntil?.getTime() ?? 0) - Date.now();
  if (blockedForMs > 0) {
    throw new AppError('rate_limited', 'too many failed sign-ins for this account; try again later', [], Math.ceil(blockedForMs / 1000));
  }
  const matches = await passwordMatches(user?.passwordHash ?? null, request.password);
  if (!user || !matches || !user.active) {
    if (user) await recordFailure(context, user.id);
    throw new AppError('unauthenticated', WRONG);
  }
  if (user.failedSignIns > 0) await context.db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, signInBlockedUntil: null } });
  const token = await startSession(context.db, user.id, lifetime);
  return { user: { id: user.id, name: user.name, email: user.email, role: user.role as Role }, token };
}
