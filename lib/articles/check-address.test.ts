import { describe, expect, it } from 'vitest';
import { bareHostname, isAllowedByTestConfig, isLocalName, isPublicAddress, parseImportUrl } from './check-address';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.254', '0.0.0.0', '0.1.2.3', '255.255.255.255', '224.0.0.1', '239.255.255.250',
    '192.0.2.1', '198.18.0.1', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1',
    '::ffff:10.0.0.1', '::ffff:8.8.8.8', '64:ff9b::a00:1', '2002:a00:1::1', '2001::1', 'not-an-ip', '',
  ])('refuses %s', (a) => expect(isPublicAddress(a)).toBe(false));

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888'])(
    'accepts %s',
    (a) => expect(isPublicAddress(a)).toBe(true),
  );
});

describe('URL host normalization', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::1]:8080/', '::1'],
    ['http://LOCALHOST./x', 'localhost'],
  ])('%s is seen as %s and refused', (raw, host) => {
    const h = bareHostname(parseImportUrl(raw));
    expect(h).toBe(host);
    expect(isLocalName(h) || !isPublicAddress(h)).toBe(true);
  });

  it('recognises local names', () => {
    expect(isLocalName('localhost')).toBe(true);
    expect(isLocalName('app.localhost')).toBe(true);
    expect(isLocalName('localhost.example.com')).toBe(false);
  });
});

describe('parseImportUrl', () => {
  it.each(['file:///etc/passwd', 'ftp://e.com/x', 'gopher://e.com', 'javascript:alert(1)', 'data:text/html,hi'])('refuses scheme %s', (u) =>
    expect(() => parseImportUrl(u)).toThrow(/Only http/),
  );
  it('refuses garbage and credentials', () => {
    expect(() => parseImportUrl('not a url')).toThrow(/not a valid web address/);
    expect(() => parseImportUrl('http://user:pw@e.com/')).toThrow(/user name or password/);
  });
});

describe('isAllowedByTestConfig', () => {
  it('matches exact host:port pairs only', () => {
    const env = { GLOSS_IMPORT_ALLOW_HOSTS: 'localhost:4567, 127.0.0.1:4567' };
    expect(isAllowedByTestConfig(new URL('http://localhost:4567/a'), env)).toBe(true);
    expect(isAllowedByTestConfig(new URL('http://127.0.0.1:4567/a'), env)).toBe(true);
    expect(isAllowedByTestConfig(new URL('http://127.0.0.1:4568/a'), env)).toBe(false);
    expect(isAllowedByTestConfig(new URL('http://localhost/a'), env)).toBe(false);
    expect(isAllowedByTestConfig(new URL('http://localhost:4567/a'), {})).toBe(false);
  });
});
