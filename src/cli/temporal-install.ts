import { cliVersion, HOW_TO_GET_THE_CLI, installTemporalCli } from '../temporal/cli';

// `npm run temporal:install`: makes the Temporal CLI available and says which one it used.
const cli = installTemporalCli();
const version = cliVersion(cli);
console.log(`Temporal CLI: ${cli.source}${version ? ` — ${version}` : ''}`);
if (cli.executable.type === 'cached-download') console.log(HOW_TO_GET_THE_CLI);
