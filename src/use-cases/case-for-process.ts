import type { Prisma } from '../db/client';
import { NOTHING } from '../db/read-together';
import type { AuthenticatedUser } from '../db/users';
import { AppError, invalidField } from '../domain/errors';
import type { CaseChannel } from '../schemas/cases';
import { startCase } from './cases';
import type { UseCaseContext } from './context';
import { idFromName } from './ids';
import { readableCaseSql, type ReadableCase } from './visibility';

/** The case a new process names, if the caller may read it, as a subquery read beside the start's other checks; checked by `caseForProcess`. */
export function namedCaseSql(user: AuthenticatedUser, caseId: string | undefined): Prisma.Sql {
  return caseId ? readableCaseSql(user, caseId) : NOTHING;
}

/** The case a new process belongs to: the one named (the customer's, still open, one the caller may read), or a new one opened for it. */
export async function caseForProcess(
  context: UseCaseContext,
  user: AuthenticatedUser,
  request: { customerId: string; caseId: string | undefined; subject: string; processId: string; channel?: CaseChannel },
  named: ReadableCase | null,
): Promise<string> {
  if (!request.caseId) {
    const caseId = idFromName(request.processId, 'case');
    const opened = await startCase(context, user, { customerId: request.customerId, subject: request.subject, channel: request.channel ?? 'phone' }, caseId);
    return opened.caseId;
  }
  if (!named) {
    throw invalidField('body', 'caseId', 'no such case');
  }
  if (named.customerId !== request.customerId) {
    throw invalidField('body', 'caseId', 'the case belongs to another customer');
  }
  if (named.status === 'closed') throw new AppError('conflict', 'the case is closed; open a new case for this');
  return named.id;
}
