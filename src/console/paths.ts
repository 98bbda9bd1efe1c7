import path from 'node:path';

/** The console's sources (a Vite project) and where its build goes, which the API serves at `/`. */
export const CONSOLE_SOURCE_DIR = path.resolve(__dirname, '../../console');
export const CONSOLE_BUILD_DIR = path.resolve(__dirname, '../../dist/console');
/** Where the console's typed client finds the API's paths and schemas (`npm run console:api-types`). */
export const API_TYPES_FILE = path.join(CONSOLE_SOURCE_DIR, 'src/api/schema.d.ts');
