import Cookies from 'js-cookie';

/**
 * Paths a cookie readable on `pathname` may carry: `/` and every prefix of the path, with and without a trailing
 * slash (RFC 6265 5.1.4 path-match; `/docs` and `/docs/` are different cookies). Deleting needs the exact path.
 */
export function cookiePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  let path = '';
  for (const segment of pathname.split('/').slice(1)) {
    if (!segment) continue;
    path += `/${segment}`;
    paths.add(path).add(`${path}/`);
  }
  return [...paths];
}

/**
 * Domain attributes a cookie readable on `hostname` may carry: none (host-only), the host itself, and each parent
 * domain (a cookie set for `example.com` is readable on `www.example.com`). An IP address has no parents.
 * Deleting needs the same domain attribute, or none for a host-only cookie.
 */
export function cookieDomains(hostname: string): (string | undefined)[] {
  const domains: (string | undefined)[] = [undefined];
  if (/^[\d.]+$|:/.test(hostname)) return domains;
  const labels = hostname.split('.');
  for (let index = 0; index < labels.length - 1; index++) domains.push(labels.slice(index).join('.'));
  return domains;
}

/**
 * Deletes every cookie readable here whose name `remove` accepts, in every path and domain variant the browser
 * may hold (js-cookie writes an expired cookie for each). What a page's script cannot delete, and so never
 * claims to: HttpOnly cookies (invisible to script; the server must expire them), cookies of other sites
 * (third-party cookies, partitioned or not), and cookies scoped to a path below this page (removed when the
 * visitor opens a page under that path, where ConsentKit runs again). Never throws.
 */
export function deleteCookies(remove: (name: string) => boolean, { hostname, pathname, protocol }: Location = location): void {
  try {
    for (const name of Object.keys(Cookies.get())) {
      if (!remove(name)) continue;
      for (const domain of cookieDomains(hostname)) {
        // `Secure` on https, so `__Secure-` and `__Host-` cookies can be overwritten (RFC 6265bis 4.1.3).
        for (const path of cookiePaths(pathname)) Cookies.remove(name, { path, domain, secure: protocol === 'https:' });
      }
    }
  } catch {
    // No cookie access (a sandboxed document, cookies blocked): nothing of ours can be in it. Never throws, like
    // the storage and IndexedDB steps, so one blocked store does not stop the others from being cleared.
  }
}
