import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request } from 'express';

// The session cookie: HttpOnly, SameSite=Strict, Path=/, and Secure when the request came over HTTPS.

const NAME = 'session';

export function sessionCookie(token: string, secure: boolean): string {
  return stringifySetCookie({ name: NAME, value: token, httpOnly: true, sameSite: 'strict', path: '/', secure });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({ name: NAME, value: '', httpOnly: true, sameSite: 'strict', path: '/', secure, expires: new Date(0) });
}

export function sessionTokenOf(req: Request): string | undefined {
  const header = req.header('cookie');
  return header ? parseCookie(header)[NAME] || undefined : undefined;
}
