import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';

// Finds the Temporal CLI that runs the dev server, in this order: TEMPORAL_CLI_PATH, `temporal` on
// PATH, one built earlier by `go install`, a new `go install` where Go exists, and last the SDK's
// own cached download (which needs internet).

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export interface TemporalCli {
  executable: EphemeralServerExecutable;
  source: string;
}

export const HOW_TO_GET_THE_CLI = [
  'The Temporal CLI was not found. Any one of these provides it:',
  `  - install Go (https://go.dev/dl) and run: npm run temporal:install   (builds ${TEMPORAL_CLI_MODULE})`,
  '  - put a `temporal` binary on PATH, or set TEMPORAL_CLI_PATH to one',
  '  - on a machine with internet, the Temporal SDK downloads it by itself',
].join('\n');

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

function goBinDirs(): string[] {
  const dirs = [process.env.GOBIN, path.join(os.homedir(), 'go', 'bin')];
  if (onPath('go')) {
    const gopath = spawnSync('go', ['env', 'GOBIN', 'GOPATH'], { encoding: 'utf8' }).stdout.split('\n');
    dirs.push(gopath[0], gopath[1] ? path.join(gopath[1], 'bin') : undefined);
  }
  return dirs.filter((dir): dir is string => Boolean(dir));
}

function existing(file: string, source: string): TemporalCli {
  return { executable: { type: 'existing-path', path: file }, source };
}

/** The CLI already on this machine, or undefined. */
export function findTemporalCli(cliPath = process.env.TEMPORAL_CLI_PATH): TemporalCli | undefined {
  if (cliPath) {
    if (!isExecutable(cliPath)) throw new Error(`TEMPORAL_CLI_PATH: ${cliPath} is not an executable file`);
    return existing(cliPath, `TEMPORAL_CLI_PATH (${cliPath})`);
  }
  const fromPath = onPath('temporal');
  if (fromPath) return existing(fromPath, `temporal on PATH (${fromPath})`);
  const built = goBinDirs()
    .map((dir) => path.join(dir, 'temporal'))
    .find(isExecutable);
  return built ? existing(built, `built earlier with go install (${built})`) : undefined;
}

/** Finds the CLI, building it with Go where it is missing; falls back to the SDK's download. */
export function installTemporalCli(log: (line: string) => void = console.error): TemporalCli {
  const found = findTemporalCli();
  if (found) return found;
  if (onPath('go')) {
    log(`Building the Temporal CLI: go install ${TEMPORAL_CLI_MODULE} (a few minutes the first time)`);
    const build = spawnSync('go', ['install', TEMPORAL_CLI_MODULE], { stdio: ['ignore', 'inherit', 'inherit'] });
    const built = build.status === 0 ? findTemporalCli() : undefined;
    if (built) return built;
    log(`go install failed (exit ${build.status ?? build.signal})`);
  }
  return { executable: { type: 'cached-download' }, source: "the Temporal SDK's cached download (needs internet)" };
}

export function cliVersion(cli: TemporalCli): string | undefined {
  if (cli.executable.type !== 'existing-path') return undefined;
  return spawnSync(cli.executable.path, ['--version'], { encoding: 'utf8' }).stdout.trim() || undefined;
}
