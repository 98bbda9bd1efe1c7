import type { Request, RequestHandler } from 'express';
import { AppError } from '../domain/errors';

// CSRF: a browser sends `Origin` with every request that changes something. A request that a cookie
// authenticates, with any method but GET, HEAD or OPTIONS, must come from the API's own origin (as
// the request names it, behind a trusted proxy too) or PUBLIC_URL's. Requests with an API key are not
// concerned: a browser never adds one by itself.

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.includes(method);
}

/** The origin the request was sent to: scheme and host, honouring `trust proxy`. */
export function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.host ?? ''}`;
}

/** Where the API is reached: PUBLIC_URL's origin when set, else the request's own. */
export function publicOrigin(req: Request): string {
  const publicUrl = req.app.locals.publicUrl as string | undefined;
  return publicUrl ? new URL(publicUrl).origin : ownOrigin(req);
}

function isAllowedOrigin(req: Request, origin: string): boolean {
  return origin === ownOrigin(req) || origin === publicOrigin(req);
}

const crossSite = () => new AppError('forbidden', 'cross-site request refused');

/** For a cookie-authenticated request: an unsafe method needs a same-origin `Origin`. */
export function requireSameOrigin(req: Request): void {
  if (isSafeMethod(req.method)) return;
  const origin = req.header('origin');
  if (origin === undefined || !isAllowedOrigin(req, origin)) throw crossSite();
}

/** Before any route: a request without an API key that changes something and names another origin is refused (signing in from another site, too). */
export function refuseCrossSiteOrigin(): RequestHandler {
  return (req, _res, next) => {
    const origin = req.header('origin');
    if (!isSafeMethod(req.method) && req.header('authorization') === undefined && origin !== undefined && !isAllowedOrigin(req, origin)) {
      throw crossSite();
    }
    next();
  };
}
