export const MINIMAL_TASK_QUEUE = 'bench-minimal';
