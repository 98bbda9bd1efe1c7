import { handoffTeam, useHandoffPolicy } from './handoffs';
import { startTestApp, type TestApp } from './harness';
import { startMailbox } from './mailbox';
import { returnTeam } from './returns';

/** An app whose mail reaches a real SMTP server (the customers' links), the staff of handoffs and returns, and surveys sent a second after a handoff. */
export async function startSelfServiceStack(env: Record<string, string> = {}) {
  const mailbox = await startMailbox();
  const app: TestApp = await startTestApp({ smtpUrl: mailbox.url, env });
  const team = await handoffTeam(app);
  const staff = await returnTeam(app);
  await useHandoffPolicy(app, team.admin, { surveyAt: 'PT1S', surveyWindow: 'PT1H', checkIns: ['PT1H'] });
  return {
    app,
    mailbox,
    team,
    staff,
    /** A customer's request to the public API, from a client address. */
    publicCall: (method: string, path: string, body?: unknown, address = '10.0.0.1') => app.request(method, `/v1/public/${path}`, { body, headers: { 'x-forwarded-for': address } }),
    async stop() {
      await app.stop();
      await mailbox.stop();
    },
  };
}

export type SelfServiceStack = Awaited<ReturnType<typeof startSelfServiceStack>>;
