import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The dashboard's session cookie: HttpOnly, SameSite=Strict, sent to /admin only. */
export const ADMIN_COOKIE = 'care_manager_admin';
/** How long a login lasts. */
export const ADMIN_SESSION_SECONDS = 8 * 60 * 60;

/**
 * Compares two secrets in constant time whatever their lengths: both are hashed first, so neither the length nor the
 * first differing character shows in the time taken.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * The cookie's value: an expiry and its HMAC keyed on the token, so no session table is needed, the token itself never
 * travels in the cookie, and changing ADMIN_TOKEN logs everyone out.
 */
export function sessionCookieValue(token: string, expiresAtSeconds: number): string {
  const mac = createHmac('sha256', token).update(`care-manager-bot admin session\n${expiresAtSeconds}`).digest('base64url');
  return `${expiresAtSeconds}.${mac}`;
}

function cookieValue(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function validSession(value: string | undefined, token: string, nowSeconds: number): boolean {
  if (!value) return false;
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  return expires > nowSeconds && sameSecret(value, sessionCookieValue(token, expires));
}

/** An `Authorization: Bearer <token>` header, or the session cookie from the login form. */
export function isAdmin(req: Pick<IncomingMessage, 'headers'>, token: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const header = req.headers.authorization;
  if (typeof header === 'string' && /^Bearer\s+/i.test(header)) return sameSecret(header.replace(/^Bearer\s+/i, '').trim(), token);
  return validSession(cookieValue(req, ADMIN_COOKIE), token, nowSeconds);
}

/** Set-Cookie for a new session; Secure when the request came over HTTPS (directly or through Azure's front end). */
export function sessionCookie(req: IncomingMessage, token: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const value = sessionCookieValue(token, nowSeconds + ADMIN_SESSION_SECONDS);
  return `${ADMIN_COOKIE}=${value}; Path=/admin; Max-Age=${ADMIN_SESSION_SECONDS}; HttpOnly; SameSite=Strict${isHttps(req) ? '; Secure' : ''}`;
}

export function clearedCookie(req: IncomingMessage): string {
  return `${ADMIN_COOKIE}=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict${isHttps(req) ? '; Secure' : ''}`;
}

function isHttps(req: IncomingMessage): boolean {
  const socket = req.socket;
  return ('encrypted' in socket && socket.encrypted === true) || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
}
