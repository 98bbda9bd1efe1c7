import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { API_TYPES_FILE } from '../../src/console/paths';

// The console's typed client is only as true as its generated types: a route or schema change
// without `npm run console:api-types` fails here. (openapi-typescript is an ES module, which jest's
// CommonJS runtime cannot load: the generator runs as the npm script does.)
test('the committed console API types match a fresh generation from the OpenAPI document', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/console-api-types.ts', '--print'], { maxBuffer: 16 * 1024 * 1024 });
  expect(await readFile(API_TYPES_FILE, 'utf8')).toBe(stdout);
});
