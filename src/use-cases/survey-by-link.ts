import { Prisma } from '../db/client';
import { badLink, type CustomerLinks } from '../customer-links/links';
import { AppError } from '../domain/errors';
import type { HandoffState } from '../domain/messages/handoff';
import type { SurveyAnswerBody, SurveyAnsweredSchema, SurveyLinkSchema } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import { surveyResponseUpdate } from '../../workflows/handoff-messages';
import type { UseCaseContext } from './context';
import { handoffHandle, handoffState } from './handoffs';
import { selfServiceActor } from './self-service-actor';
import { sendAction } from './send-action';

// The NPS survey answered through the link in its email: the same update of the handoff as the
// owner's `survey-response`, by the customer themselves. A link answers once: its use is claimed
// in PostgreSQL (one row per handoff) before the answer goes to the workflow.

const PURPOSE = 'survey';

async function surveyHandle(context: UseCaseContext, links: CustomerLinks, token: string) {
  const handoffId = links.objectOf(token, PURPOSE);
  if (await context.db.customerLinkUse.count({ where: { purpose: PURPOSE, objectId: handoffId } })) throw badLink();
  const handle = await handoffHandle(context, handoffId).catch(() => {
    throw badLink();
  });
  return { handoffId, handle };
}

function requireOpen(state: HandoffState): NonNullable<HandoffState['survey']> {
  if (state.survey?.status !== 'sent') throw new AppError('conflict', 'this survey is closed or has already been answered');
  return state.survey;
}

export async function readSurveyByLink(context: UseCaseContext, links: CustomerLinks, token: string): Promise<z.infer<typeof SurveyLinkSchema>> {
  const { handle } = await surveyHandle(context, links, token);
  const state = await handoffState(context, handle);
  return { customerName: state.customer.name, closesAt: requireOpen(state).closesAt };
}

async function claimUse(context: UseCaseContext, handoffId: string): Promise<void> {
  try {
    await context.db.customerLinkUse.create({ data: { purpose: PURPOSE, objectId: handoffId, usedAt: new Date() } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw badLink();
    throw error;
  }
}

export async function answerSurveyByLink(
  context: UseCaseContext,
  links: CustomerLinks,
  token: string,
  answer: z.infer<typeof SurveyAnswerBody>,
): Promise<z.infer<typeof SurveyAnsweredSchema>> {
  const { handoffId, handle } = await surveyHandle(context, links, token);
  await claimUse(context, handoffId);
  try {
    const state = await sendAction(handle, surveyResponseUpdate, await selfServiceActor(context.db), { score: answer.score, comment: answer.comment ?? null });
    const category = state.survey?.category;
    if (!category) throw new Error(`handoff ${handoffId} took the answer but shows no category`);
    return { score: answer.score, category, channel: 'self_service' };
  } catch (error) {
    // Not taken (closed, already answered on the phone, no worker): the link may be tried again.
    await context.db.customerLinkUse.delete({ where: { purpose_objectId: { purpose: PURPOSE, objectId: handoffId } } });
    throw error;
  }
}
