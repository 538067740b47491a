// @vitest-environment-options {"url": "https://www.shop.example.com/docs/guide/page.html"}
import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieDomains, cookiePaths, deleteCookies } from '../../src/enforce/cookies';

const names = () => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]);

afterEach(() => deleteCookies(() => true));

describe('cookie variants', () => {
  it('lists every path a cookie readable on the page may carry', () => {
    expect(cookiePaths('/docs/guide/page.html')).toEqual(['/', '/docs', '/docs/', '/docs/guide', '/docs/guide/', '/docs/guide/page.html', '/docs/guide/page.html/']);
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('//a//')).toEqual(['/', '/a', '/a/']);
  });

  it('lists host-only, the host and every parent domain; none for IP addresses', () => {
    expect(cookieDomains('www.shop.example.com')).toEqual([undefined, 'www.shop.example.com', 'shop.example.com', 'example.com']);
    expect(cookieDomains('localhost')).toEqual([undefined]);
    expect(cookieDomains('127.0.0.1')).toEqual([undefined]);
    expect(cookieDomains('::1')).toEqual([undefined]);
  });
});

describe('deleteCookies', () => {
  it('deletes a name in every path and domain variant, and leaves other names alone', () => {
    const variants = [
      {},
      { path: '/docs' },
      { path: '/docs/guide/' },
      { domain: 'example.com' },
      { domain: 'shop.example.com', path: '/docs' },
      { domain: 'www.shop.example.com' },
      { path: '/docs/guide/page.html', secure: true },
    ];
    variants.forEach((attributes, index) => Cookies.set('_ga', String(index), attributes));
    Cookies.set('_gid', 'x', { domain: 'example.com' });
    Cookies.set('keep', 'x');
    Cookies.set('__Host-track', 'x', { secure: true, path: '/' });
    // Five at least: jsdom's cookie jar, unlike browsers, folds the explicit-host variant into the host-only one.
    expect(names().filter((name) => name === '_ga').length).toBeGreaterThanOrEqual(variants.length - 1);

    deleteCookies((name) => name === '_ga' || name === '_gid' || name === '__Host-track');
    expect(names()).toEqual(['keep']);
  });

  it('asks only about names present, once each', () => {
    Cookies.set('a', '1');
    Cookies.set('a', '2', { path: '/docs' });
    const asked: string[] = [];
    deleteCookies((name) => (asked.push(name), false));
    expect(asked.sort()).toEqual(['a']);
  });
});
