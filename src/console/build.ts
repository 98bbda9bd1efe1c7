import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_BUILD_DIR, CONSOLE_SOURCE_DIR } from './paths';
import { consoleSourceHash } from './source-hash';

// `npm run console:build` and `npm start` (when the build is missing or stale): Vite builds the
// console into dist/console, the first load's JavaScript is measured gzipped against its budget,
// and the hash of the sources is written beside the build.

/** The most JavaScript, gzipped, that opening the console may load before it shows anything. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;
const HASH_FILE = path.join(CONSOLE_BUILD_DIR, 'source-hash');

export class ConsoleBudgetError extends Error {}

/** The scripts index.html loads and preloads: what a first visit runs. */
function firstLoadScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set([...scripts, ...preloads])];
}

export async function firstLoadGzipBytes(): Promise<number> {
  const indexHtml = await readFile(path.join(CONSOLE_BUILD_DIR, 'index.html'), 'utf8');
  let total = 0;
  for (const script of firstLoadScripts(indexHtml)) {
    total += gzipSync(await readFile(path.join(CONSOLE_BUILD_DIR, script))).length;
  }
  return total;
}

export async function buildConsole(say: (line: string) => void): Promise<void> {
  const hash = await consoleSourceHash();
  // Vite takes React's production build from NODE_ENV, which a test run sets to `test`.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ root: CONSOLE_SOURCE_DIR, configFile: path.join(CONSOLE_SOURCE_DIR, 'vite.config.mts'), logLevel: 'info' });
  const firstLoad = await firstLoadGzipBytes();
  say(`Console first load: ${(firstLoad / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${FIRST_LOAD_BUDGET_BYTES / 1024} KB)`);
  if (firstLoad > FIRST_LOAD_BUDGET_BYTES) {
    throw new ConsoleBudgetError(`the console's first load is ${firstLoad} bytes of gzipped JavaScript, over the budget of ${FIRST_LOAD_BUDGET_BYTES}`);
  }
  await writeFile(HASH_FILE, `${hash}\n`);
}

/**
 * Builds the console unless dist/console was built from the sources as they are now. The build
 * runs as `npm run console:build` does, in its own process: Vite is an ES module and needs none of
 * the caller's memory once done.
 */
export async function ensureConsoleBuilt(say: (line: string) => void): Promise<void> {
  const built = await readFile(HASH_FILE, 'utf8').catch(() => '');
  if (built.trim() === (await consoleSourceHash())) return;
  say(built ? 'The console sources changed: building the console' : 'Building the console');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'console:build'], { cwd: path.resolve(CONSOLE_SOURCE_DIR, '..'), stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run console:build failed (exit ${code})`))));
  });
}
