import type { RequestHandler } from 'express';
import helmet from 'helmet';

// helmet's headers on every response, with a strict Content-Security-Policy for the console: files
// only, no inline script or style, no framing. /docs (Swagger UI) loads its scripts from files too
// but writes inline styles, so only there styles may be inline.

const STRICT_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: STRICT_DIRECTIVES }, frameguard: { action: 'deny' } });
}

/** For /docs only: Swagger UI's inline styles. */
export function docsContentSecurityPolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({ useDefaults: false, directives: { ...STRICT_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] } });
}
