import { isoDurationToMs } from './duration';
import type { HandoffPolicy } from './policies';
import type { CheckInState, CommitmentState, HandoffRequest, HandoffState, SurveyState } from './messages/handoff';

// Pure reads and builders of a handoff's state, apart from the workflow that drives it.

const iso = (ms: number) => new Date(ms).toISOString();

export function initialState(request: HandoffRequest, handedOverAt: string): HandoffState {
  const { commitments, maxHistoryEvents: _maxHistoryEvents, ...deal } = request;
  return {
    ...deal,
    status: 'welcome_pending',
    owner: null,
    policyVersion: null,
    handedOverAt,
    welcomedAt: null,
    commitments: commitments.map((commitment, index) => ({
      n: index + 1,
      description: commitment.description,
      dueAt: commitment.dueAt,
      status: 'open',
      closedBy: null,
      closedAt: null,
      note: null,
      escalationId: null,
    })),
    checkIns: [],
    survey: null,
    contacts: [],
    escalations: [],
    openClocks: [],
    completedAt: null,
    continuedRuns: 0,
  };
}

/** The check-ins and the survey, counted in calendar days (24x7) from the handover. */
export function followUpSchedule(policy: HandoffPolicy, handedOverAt: string): { checkIns: CheckInState[]; survey: SurveyState } {
  const start = Date.parse(handedOverAt);
  return {
    checkIns: policy.checkIns.map((after, index) => ({
      n: index + 1,
      dueFrom: iso(start + isoDurationToMs(after)),
      status: 'scheduled',
      contactedAt: null,
      contactedBy: null,
    })),
    survey: {
      status: 'scheduled',
      sendAt: iso(start + isoDurationToMs(policy.surveyAt)),
      sentAt: null,
      closesAt: null,
      score: null,
      category: null,
      comment: null,
      answeredAt: null,
      followUp: null,
      escalationId: null,
    },
  };
}

export function isSettled(commitment: CommitmentState): boolean {
  return commitment.status === 'fulfilled' || commitment.status === 'waived';
}

/** Commitments neither fulfilled nor waived: what the handoff's row counts. */
export function openCommitmentCount(state: HandoffState): number {
  return state.commitments.filter((commitment) => !isSettled(commitment)).length;
}

/** The first check-in not done yet. */
export function currentCheckIn(state: HandoffState): CheckInState | undefined {
  return state.checkIns.find((checkIn) => checkIn.status !== 'done');
}

/** The current check-in when it has fallen due: it opens only once the welcome contact is made. */
export function checkInToOpen(state: HandoffState, now: number): CheckInState | undefined {
  const checkIn = currentCheckIn(state);
  const ready = state.welcomedAt !== null && checkIn?.status === 'scheduled' && Date.parse(checkIn.dueFrom) <= now;
  return ready ? checkIn : undefined;
}

export function surveyWindowClosed(survey: SurveyState, now: number): boolean {
  return survey.status === 'sent' && survey.closesAt !== null && Date.parse(survey.closesAt) <= now;
}

/** Done: welcomed, every check-in made, the survey answered or unanswered, every commitment fulfilled or waived. */
export function isFinished(state: HandoffState): boolean {
  return (
    state.welcomedAt !== null &&
    currentCheckIn(state) === undefined &&
    (state.survey?.status === 'answered' || state.survey?.status === 'no_response') &&
    state.commitments.every(isSettled)
  );
}

/** The next instant at which something falls due by time alone (a check-in, the survey, its window's end). */
export function nextDueAt(state: HandoffState): number | undefined {
  const times: number[] = [];
  const checkIn = currentCheckIn(state);
  if (state.welcomedAt !== null && checkIn?.status === 'scheduled') times.push(Date.parse(checkIn.dueFrom));
  if (state.survey?.status === 'scheduled') times.push(Date.parse(state.survey.sendAt));
  if (state.survey?.status === 'sent' && state.survey.closesAt !== null) times.push(Date.parse(state.survey.closesAt));
  return times.length === 0 ? undefined : Math.min(...times);
}
