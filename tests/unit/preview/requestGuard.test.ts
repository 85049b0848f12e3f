import { isAllowedHost, parseRequestPath } from '../../../src/preview/requestGuard.js';

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4173', true],
    ['localhost:4173', true],
    ['LocalHost:4173', true],
    [' localhost:4173 ', true],
    ['localhost', false],
    ['127.0.0.1', false],
    ['localhost:4174', false],
    ['127.0.0.1:41730', false],
    ['evil.example:4173', false],
    ['localhost.evil.example:4173', false],
    ['127.0.0.1.nip.io:4173', false],
    ['[::1]:4173', false],
    ['0.0.0.0:4173', false],
    ['', false],
    [undefined, false],
  ])('Host %p on port 4173 => %p', (host, allowed) => {
    expect(isAllowedHost(host, 4173)).toBe(allowed);
  });
});

describe('parseRequestPath', () => {
  it.each([
    ['/', []],
    ['/release/hampshire', ['release', 'hampshire']],
    ['/release/hampshire/', ['release', 'hampshire']],
    ['/files/hampshire/release.html?build=3', ['files', 'hampshire', 'release.html']],
    ['/files/avon%20and%20somerset/release.md', ['files', 'avon and somerset', 'release.md']],
    ['/files//hampshire', ['files', 'hampshire']],
    ['/files/%252e%252e/x', ['files', '%2e%2e', 'x']],
    ['/files/...', ['files', '...']],
    ['/files/a..b', ['files', 'a..b']],
  ])('%p => segments %p', (target, segments) => {
    const parsed = parseRequestPath(target);
    expect(parsed).toMatchObject({ ok: true, segments });
  });

  it('reads the query', () => {
    const parsed = parseRequestPath('/compare?slugs=hampshire,wiltshire&template=release');
    expect(parsed.ok && parsed.query.get('slugs')).toBe('hampshire,wiltshire');
    expect(parsed.ok && parsed.query.get('template')).toBe('release');
  });

  it.each([
    ['/../package.json', 'the path may not contain . or .. segments'],
    ['/files/./x', 'the path may not contain . or .. segments'],
    ['/files/%2e%2e/package.json', 'the path may not contain . or .. segments'],
    ['/files/%2E%2e/package.json', 'the path may not contain . or .. segments'],
    ['/files/.%2E/package.json', 'the path may not contain . or .. segments'],
    ['/files/..%2fpackage.json', 'the path may not contain encoded slashes or backslashes'],
    ['/files/..%2Fpackage.json', 'the path may not contain encoded slashes or backslashes'],
    ['/files/..%5Cpackage.json', 'the path may not contain encoded slashes or backslashes'],
    ['/files/..\\package.json', 'the path may not contain encoded slashes or backslashes'],
    ['/files/release.html%00.png', 'NUL byte in the request'],
    ['/files/release.html\0', 'NUL byte in the request'],
    ['/?sort=%00', 'NUL byte in the request'],
    ['/files/%E0%A4%A', 'malformed percent-encoding in the path'],
    ['/files/%', 'malformed percent-encoding in the path'],
    ['http://127.0.0.1:4173/', 'the request target must be a path starting with /'],
    ['*', 'the request target must be a path starting with /'],
    ['', 'the request target must be a path starting with /'],
  ])('%p => 400 (%s)', (target, reason) => {
    expect(parseRequestPath(target)).toEqual({ ok: false, status: 400, reason });
  });
});
