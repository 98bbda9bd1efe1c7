import type { AuthenticatedUser } from '../db/users';
import { AppError, invalidField } from '../domain/errors';
import type { CaseChannel } from '../schemas/cases';
import { startCase } from './cases';
import type { UseCaseContext } from './context';
import { idFromName } from './ids';
import { readableCase } from './visibility';

/** The case a new process belongs to: the one named (the customer's, still open, one the caller may read), or a new one opened for it. */
export async function caseForProcess(
  context: UseCaseContext,
  user: AuthenticatedUser,
  request: { customerId: string; caseId: string | undefined; subject: string; processId: string; channel?: CaseChannel },
): Promise<string> {
  if (!request.caseId) {
    const caseId = idFromName(request.processId, 'case');
    const opened = await startCase(context, user, { customerId: request.customerId, subject: request.subject, channel: request.channel ?? 'phone' }, caseId);
    return opened.caseId;
  }
  const found = await readableCase(context, user, request.caseId);
  if (!found) {
    throw invalidField('body', 'caseId', 'no such case');
  }
  if (found.customerId !== request.customerId) {
    throw invalidField('body', 'caseId', 'the case belongs to another customer');
  }
  if (found.status === 'closed') throw new AppError('conflict', 'the case is closed; open a new case for this');
  return found.id;
}
