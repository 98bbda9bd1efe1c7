import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONSOLE_SOURCE_DIR } from './paths';

// What a console build is made from: its own sources (the generated API types included), the
// domain modules it imports, and the locked dependency versions. Hashed by content, because file
// times say nothing after a clone.

const REPOSITORY = path.resolve(CONSOLE_SOURCE_DIR, '..');
const INPUTS = [CONSOLE_SOURCE_DIR, path.join(REPOSITORY, 'src/domain'), path.join(REPOSITORY, 'package-lock.json')];

async function filesUnder(entry: string): Promise<string[]> {
  const found = await readdir(entry, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!found) return [entry];
  return found.filter((file) => file.isFile()).map((file) => path.join(file.parentPath, file.name));
}

export async function consoleSourceHash(): Promise<string> {
  const files = (await Promise.all(INPUTS.map(filesUnder))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(REPOSITORY, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}
