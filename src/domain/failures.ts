// ApplicationFailure types raised by workflows and activities; the API maps each to one HTTP status.
export const FailureType = {
  conflict: 'Conflict',
  forbidden: 'Forbidden',
  invalid: 'Invalid',
  /** The run waits to continue as new and takes no update until then: the client sends it again, to the next run. */
  handingOver: 'HandingOver',
  /** PostgreSQL refused the data itself: retrying can never succeed. */
  unstorable: 'Unstorable',
} as const;
