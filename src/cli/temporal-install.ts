import { cliVersion, HOW_TO_GET_THE_CLI, installTemporalCli } from '../temporal/cli';
import { installTemporalServer, TEMPORAL_SERVER_VERSION } from '../temporal/server';

// `npm run temporal:install`: makes the Temporal CLI (dev server) and the production Temporal server
// available, and says which ones it used.
const cli = installTemporalCli();
const version = cliVersion(cli);
console.log(`Temporal CLI: ${cli.source}${version ? ` — ${version}` : ''}`);
if (cli.executable.type === 'cached-download') console.log(HOW_TO_GET_THE_CLI);
const server = installTemporalServer((line) => console.log(line));
console.log(`Temporal server ${TEMPORAL_SERVER_VERSION}: ${server.server} (SQL tool ${server.sqlTool})`);
