import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { AppError } from '../domain/errors';

// The web console (built by `npm run console:build` into dist/console): hashed assets cached for
// a year, index.html always revalidated, and index.html for every other page a browser asks for,
// so that the console's own routes (/cases/…, /approvals) load on a reload or a shared link; under
// /c/ the customer's pages (customer.html), which need no sign-in.

const API_PATHS = /^\/(v1|docs|openapi\.json|healthz|readyz|metrics)(\/|$)/;

export interface ConsoleSettings {
  /** The Temporal UI's workflow list, which the console links each process to. */
  temporalUiWorkflows: string;
}

export function serveConsole(app: Express, buildDir: string, settings: ConsoleSettings): void {
  const indexFile = path.join(buildDir, 'index.html');
  const customerFile = path.join(buildDir, 'customer.html');
  app.get('/console-settings.json', (_req, res) => {
    res.json(settings);
  });
  app.use('/assets', express.static(path.join(buildDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use((req, res, next) => {
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.test(req.path) && req.accepts(['json', 'html']) === 'html';
    if (!wantsPage) return next();
    const page = /^\/c(\/|$)/.test(req.path) ? customerFile : indexFile;
    if (!existsSync(page)) throw new AppError('unavailable', 'the console is not built: run `npm run console:build`');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page, { cacheControl: false });
  });
}
