// ApplicationFailure types raised by workflows and activities; the API maps each to one HTTP status.
export const FailureType = {
  conflict: 'Conflict',
  forbidden: 'Forbidden',
  invalid: 'Invalid',
  /** PostgreSQL refused the data itself: retrying can never succeed. */
  unstorable: 'Unstorable',
} as const;
