import type { Request, Response, Next } from 'restify';

/** Host names a loopback-only server answers to. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The host name of a Host header without its port (`[::1]:3978` → `[::1]`). */
export function hostNameOf(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/**
 * Refuses requests whose Host is not a loopback name. With dev sign-in on, any page a developer
 * visits could otherwise rebind its own domain to 127.0.0.1 (DNS rebinding) and fetch admin tokens.
 */
export function loopbackHostGuard(req: Request, res: Response, next: Next): void {
  if (LOOPBACK_HOSTS.has(hostNameOf(req.headers.host))) return next();
  res.send(403, {
    error: { code: 'forbidden', message: 'Utviklingsinnloggingen svarer bare på 127.0.0.1 eller localhost. Åpne fanen på den adressen.' },
  });
  return next(false);
}
