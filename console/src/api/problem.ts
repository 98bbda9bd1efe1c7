import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
type FieldProblem = NonNullable<Problem['errors']>[number];

/** An answer of the API that is not a success: its problem+json document, kept whole. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: readonly FieldProblem[];

  constructor(status: number, problem: Partial<Problem> | undefined) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}`);
    this.status = status;
    this.title = problem?.title ?? 'Request failed';
    this.errors = problem?.errors ?? [];
  }

  /** What the API said about one field of the body (`amount.minor` also matches `amount`). */
  about(field: string): string | undefined {
    return this.errors.find((error) => error.field === field || error.field.startsWith(`${field}.`))?.message;
  }

  /** Problems with no field the form shows. */
  elsewhere(shownFields: readonly string[]): FieldProblem[] {
    return this.errors.filter((error) => !shownFields.some((field) => error.field === field || error.field.startsWith(`${field}.`)));
  }
}
