// ApplicationFailure types raised by workflows; the API maps each to one HTTP status.
export const FailureType = {
  conflict: 'Conflict',
  forbidden: 'Forbidden',
  invalid: 'Invalid',
} as const;
