import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../config';
import { generateApiTypes } from '../console/api-types';
import { API_TYPES_FILE } from '../console/paths';

// `npm run console:api-types`: writes the console's API types from the OpenAPI document (no server
// needed); `-- --print` prints them instead.
runMain(async () => {
  const { values } = parseArgs({ options: { print: { type: 'boolean', default: false } } });
  const types = await generateApiTypes();
  if (values.print) {
    process.stdout.write(types);
    return;
  }
  await writeFile(API_TYPES_FILE, types);
  console.log(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
});
