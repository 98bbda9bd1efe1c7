export { caseWorkflow } from './case';
export { creditWorkflow } from './credit';
export { escalationWorkflow } from './escalation';
export { handoffWorkflow } from './handoff';
export { returnWorkflow } from './return';
