import { DURATION_RELATIVE_ERROR } from '../../src/domain/duration-histogram';

// The SLA report's percentiles agree with the exact ones within its stated relative error, plus
// the half millisecond each side loses to rounding.

export function withinStatedError(estimate: number, exact: number): boolean {
  return Math.abs(estimate - exact) <= DURATION_RELATIVE_ERROR * exact + 1;
}

expect.extend({
  toBeWithinStatedErrorOf(received: unknown, exact: number) {
    const pass = typeof received === 'number' && withinStatedError(received, exact);
    return {
      pass,
      message: () => `expected ${String(received)} ${pass ? 'not ' : ''}to be within ${DURATION_RELATIVE_ERROR * 100}% (+1 ms) of ${exact}`,
    };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- jest's own way to type a matcher
  namespace jest {
    interface Expect {
      toBeWithinStatedErrorOf(exact: number): unknown;
    }
    interface Matchers<R> {
      toBeWithinStatedErrorOf(exact: number): R;
    }
  }
}
