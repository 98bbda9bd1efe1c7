import { bundleWorkflowCode } from '@temporalio/worker';

/** The workflow code bundled as the worker runs it; `warn` receives the bundler's warnings and errors. */
export async function bundleWorkflows(warn: (message: string) => void): Promise<string> {
  const quiet = () => undefined;
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    logger: { log: quiet, trace: quiet, debug: quiet, info: quiet, warn, error: warn },
  });
  return code;
}
