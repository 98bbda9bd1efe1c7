import { SHORT_SCALE } from '../../bench/faults/scale';
import { runFaultSuite } from '../../bench/faults/suite';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import { quietTemporalRuntime } from '../support/runtime';

// `npm run faults` at its short scale, on a stack of its own (PostgreSQL, Temporal, SMTP, two worker
// processes and an API process): workers killed, Temporal killed and restarted, PostgreSQL stopped,
// the mail server down, many people acting on one process at once. Nothing is lost, done twice or
// left hanging. The full run and its figures: `npm run faults`, README "Faults survived".
jest.setTimeout(600_000);

describe('the fault-injection suite, short', () => {
  it('loses, duplicates and strands nothing, and answers 503 while PostgreSQL is down', async () => {
    quietTemporalRuntime();
    const report = await runFaultSuite(SHORT_SCALE, () => undefined, process.env[INFRASTRUCTURE_ENV.workflowBundlePath]);
    const outcomes = report.results.map(({ name, lost, duplicated, stuck }) => ({ name, lost, duplicated, stuck }));
    expect(outcomes).toEqual(report.results.map(({ name }) => ({ name, lost: 0, duplicated: 0, stuck: 0 })));
    const postgres = report.results.find((result) => result.name.startsWith('PostgreSQL'));
    expect(postgres?.failures).toEqual([]);
    expect(report.summary).toMatch(/ 0 lost, 0 duplicated, 0 stuck$/);
  });
});
