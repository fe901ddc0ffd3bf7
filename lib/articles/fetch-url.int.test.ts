/**
 * fetchUrl against a local HTTP server. The server listens on 127.0.0.1, which
 * the SSRF guard refuses, so GLOSS_IMPORT_ALLOW_HOSTS lets exactly its
 * host:port through (that is the variable's only purpose).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch-url';

let server: http.Server;
let base: string;
let hostPort: string;
const previous = process.env.GLOSS_IMPORT_ALLOW_HOSTS;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><head><title>Local page</title></head><body><article><p>Héllo from the test server.</p></article></body></html>');
    } else if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from('<p>caf\xe9</p>', 'latin1'));
    } else if (path === '/redirect') {
      res.writeHead(302, { location: '/page' });
      res.end();
    } else if (path.startsWith('/loop')) {
      res.writeHead(301, { location: `/loop${path.length}` });
      res.end();
    } else if (path === '/to-private') {
      res.writeHead(302, { location: 'http://127.0.0.1:1/secret' });
      res.end();
    } else if (path === '/to-metadata') {
      res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/big') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'x'.repeat(64 * 1024) + '</p>';
      let sent = 0;
      const write = () => {
        while (sent < 200) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      write();
    } else if (path === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    } else if (path === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('nope');
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      // Never ends; the client's time limit must stop it.
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  hostPort = `127.0.0.1:${port}`;
  process.env.GLOSS_IMPORT_ALLOW_HOSTS = hostPort;
});

afterAll(async () => {
  process.env.GLOSS_IMPORT_ALLOW_HOSTS = previous;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const limits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

describe('fetchUrl', () => {
  it('fetches an allowed HTML page and decodes it', async () => {
    const page = await fetchUrl(`${base}/page`, limits);
    expect(page.url).toBe(`${base}/page`);
    expect(page.html).toContain('Héllo from the test server.');
    expect((await fetchUrl(`${base}/latin1`, limits)).html).toContain('café');
  });

  it('follows a redirect and reports the final URL', async () => {
    expect((await fetchUrl(`${base}/redirect`, limits)).url).toBe(`${base}/page`);
  });

  it('refuses a redirect into a private address, metadata or another scheme', async () => {
    await expect(fetchUrl(`${base}/to-private`, limits)).rejects.toThrow(/inside this server's network/);
    await expect(fetchUrl(`${base}/to-metadata`, limits)).rejects.toThrow(/inside this server's network/);
    await expect(fetchUrl(`${base}/to-file`, limits)).rejects.toThrow(/Only http/);
  });

  it('refuses private hosts that the test config does not list', async () => {
    process.env.GLOSS_IMPORT_ALLOW_HOSTS = '';
    try {
      await expect(fetchUrl(`${base}/page`, limits)).rejects.toThrow(/inside this server's network/);
      await expect(fetchUrl(`http://localhost:${base.split(':')[2]}/page`, limits)).rejects.toThrow(/inside this server's network/);
      await expect(fetchUrl('http://2130706433/', limits)).rejects.toThrow(/inside this server's network/);
      await expect(fetchUrl('http://0177.0.0.1/', limits)).rejects.toThrow(/inside this server's network/);
      await expect(fetchUrl('http://[::1]/', limits)).rejects.toThrow(/inside this server's network/);
    } finally {
      process.env.GLOSS_IMPORT_ALLOW_HOSTS = hostPort;
    }
  });

  it('stops after too many redirects', async () => {
    await expect(fetchUrl(`${base}/loop`, limits)).rejects.toThrow(/redirects more than 5 times/);
  });

  it('aborts a body larger than the cap while streaming', async () => {
    await expect(fetchUrl(`${base}/big`, { ...limits, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses non-HTML content, error statuses and slow sites', async () => {
    await expect(fetchUrl(`${base}/json`, limits)).rejects.toThrow(/not a web page \(it is application\/json\)/);
    await expect(fetchUrl(`${base}/missing`, limits)).rejects.toThrow(/HTTP 404/);
    await expect(fetchUrl(`${base}/slow`, { ...limits, timeoutMs: 500 })).rejects.toThrow(/took longer than/);
  });
});
