import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../config';
import { bundleWorkflows } from '../worker/bundle';

// `npm run build:workflows -- [--out FILE]`: bundles the workflow code ahead of time, so that a
// worker started with WORKFLOW_BUNDLE_PATH=FILE starts in a moment instead of bundling first.
runMain(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/workflow-bundle.js' } } });
  const out = path.resolve(values.out);
  const code = await bundleWorkflows((message) => console.error(message));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, code);
  console.log(out);
});
