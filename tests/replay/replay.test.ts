import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import * as workflows from '../../workflows';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import { quietTemporalRuntime } from '../support/runtime';

// Replays recorded histories of every workflow against the current workflow code: a change that
// would break running workflows (without patched()) fails here.
describe('replay of recorded histories', () => {
  const dir = path.join(__dirname, 'histories');

  beforeAll(quietTemporalRuntime);

  it('replays every recorded history without non-determinism', async () => {
    const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThan(0);
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.json$/, ''),
        history: historyFromJSON(JSON.parse(await readFile(path.join(dir, file), 'utf8'))),
      })),
    );
    const codePath = process.env[INFRASTRUCTURE_ENV.workflowBundlePath];
    if (!codePath) throw new Error('run with npm test: the global setup builds the workflow bundle');
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath } }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error ? String(result.error) : undefined });
    }
    expect(results).toEqual(histories.map(({ workflowId }) => ({ workflowId, error: undefined })));
  });

  it('covers every workflow type the worker registers', async () => {
    const recordedTypes = new Set<string>();
    for (const file of await readdir(dir)) {
      const history = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
      recordedTypes.add(history.events[0].workflowExecutionStartedEventAttributes.workflowType.name);
    }
    expect([...recordedTypes].sort()).toEqual(Object.keys(workflows).sort());
  });
});
