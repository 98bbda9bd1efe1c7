import { INFRASTRUCTURE_ENV, startInfrastructure, type Infrastructure } from './infrastructure';

declare global {
  var testInfrastructure: Infrastructure | undefined;
}

export default async function globalSetup(): Promise<void> {
  const infrastructure = await startInfrastructure((line) => console.log(`[test setup] ${line}`));
  globalThis.testInfrastructure = infrastructure;
  process.env[INFRASTRUCTURE_ENV.databaseUrl] = infrastructure.databaseUrl;
  process.env[INFRASTRUCTURE_ENV.temporalAddress] = infrastructure.temporalAddress;
  process.env[INFRASTRUCTURE_ENV.workflowBundlePath] = infrastructure.workflowBundlePath;
}
