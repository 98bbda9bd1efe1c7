import type { HandoffState } from '../domain/messages/handoff';
import type { HandoffView } from '../schemas/handoffs';
import type { UseCaseContext } from './context';
import { isSelfServiceActor } from './self-service-actor';

type SurveyView = NonNullable<HandoffView['survey']>;

/**
 * The survey as the handoff view shows it: who gave the answer and how, read from its stored
 * `handoff.survey_answered` event (the workflow keeps no more than the answer itself).
 */
export async function surveyView(context: UseCaseContext, state: HandoffState): Promise<SurveyView | null> {
  const { survey } = state;
  if (!survey) return null;
  const answered = survey.status === 'answered'
    ? await context.db.timelineEvent.findFirst({
        where: { caseId: state.caseId, type: 'handoff.survey_answered', data: { path: ['handoffId'], equals: state.handoffId } },
        select: { actorId: true },
      })
    : null;
  const answeredBy = answered?.actorId ? await context.db.user.findUnique({ where: { id: answered.actorId }, select: { id: true, name: true } }) : null;
  const channel = answeredBy ? (isSelfServiceActor(answeredBy.id) ? 'self_service' : 'staff') : null;
  return { ...survey, answeredBy, channel };
}
