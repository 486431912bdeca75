/**
 * Security middleware: headers on every response, a cross-site guard for writes, and the write token.
 * Article text is untrusted; the CSP is the second line of defence behind escaping (no inline script at all).
 */
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuse writes that a browser marks as coming from another site. A page elsewhere could otherwise make a
 * visitor's browser post articles to a server on their loopback (a form post needs no CORS preflight).
 * Non-browser clients send neither header and pass.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      let crossOrigin = site === 'cross-site' || site === 'same-site';
      if (!crossOrigin && origin && origin !== 'null' && host) {
        try {
          crossOrigin = new URL(origin).host !== host;
        } catch {
          crossOrigin = true;
        }
      }
      if (crossOrigin) return c.json({ error: 'cross-site write refused: post from the claimledger page itself or from a non-browser client' }, 403);
    }
    await next();
  };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a request presents: Authorization: Bearer, X-Claimledger-Token, or a `token` query parameter. */
export function presentedToken(authorization: string | undefined, header: string | undefined, query: string | undefined): string | null {
  if (authorization?.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
  return header ?? query ?? null;
}

/** Writes need the token when one is configured. Form posts carry it as a form field, checked by the form handler. */
export function tokenMatches(expected: string | null | undefined, given: string | null | undefined): boolean {
  if (!expected) return true;
  return typeof given === 'string' && sameSecret(expected, given);
}

/** Loopback hosts: writes are open there (only local users reach the server). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
