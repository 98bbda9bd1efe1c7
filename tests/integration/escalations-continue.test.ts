import { escalationAcknowledgedAsItContinues } from '../replay/escalation-scenarios';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

// An update the previous run could not take is sent again to the next run, and reaches it with its
// start: the run must have its clocks back by then.
describe('an escalation that continues as new', () => {
  let app: TestApp;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await app.userKey('agent', 'Ada Agent');
  });
  afterAll(() => app.stop());

  it('stops the acknowledge clock of an acknowledgement that reaches the new run with its start', async () => {
    const ackSeconds = 4;
    const { escalationId, workflowId, acknowledged } = await escalationAcknowledgedAsItContinues(app, agent, ackSeconds);
    expect(acknowledged).toMatchObject({ status: 'acknowledged', tier: 'L1' });

    const step = await eventually(async () => {
      const record = await app.db.stepRecord.findFirst({ where: { workflowId, step: 'acknowledge' } });
      return record?.completedAt ? record : undefined;
    });
    expect(step.breachedAt).toBeNull();

    // Past the carried clock's due time, the acknowledged escalation has not been moved up a tier.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(acknowledged.raisedAt) + ackSeconds * 1000 + 2000 - Date.now()));
    const read = await app.request('GET', `/v1/escalations/${escalationId}`, { key: agent });
    expect(read.body).toMatchObject({ tier: 'L1', status: 'acknowledged', breaches: [] });
  });
});
