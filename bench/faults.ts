import os from 'node:os';
import pino from 'pino';
import { runMain } from '../src/config';
import { installTemporalRuntime } from '../src/temporal/runtime';
import { scaleFrom } from './faults/scale';
import { runFaultSuite } from './faults/suite';

// `npm run faults`: the fault-injection suite on the real stack (bench/faults/suite.ts); the full
// scale unless `-- --short` or FAULTS_SCALE=short. Prints the table, any broken promise, and the
// summary line last; exits 1 when anything was lost, duplicated or stuck, or a promise was broken.
runMain(async () => {
  installTemporalRuntime(pino({ level: 'error' }));
  const scale = scaleFrom(process.argv.slice(2), process.env);
  const begun = Date.now();
  console.log(`faults (${scale.name} scale) on ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  const report = await runFaultSuite(scale, (line) => console.log(line));
  console.log(`\n${report.table}\n`);
  const failures = report.results.flatMap((result) => result.failures.map((failure) => `${result.name}: ${failure}`));
  for (const failure of failures) console.log(`broken: ${failure}`);
  console.log(`took ${Math.round((Date.now() - begun) / 1000)} s`);
  console.log(report.summary);
  const bad = report.results.some((result) => result.lost || result.duplicated || result.stuck) || failures.length > 0;
  process.exit(bad ? 1 : 0);
});
