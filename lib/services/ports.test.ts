import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, isPortFree, ServiceError } from './ports';

function listenOnFreePort(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('port checks', () => {
  it('reports a taken port in one sentence naming the setting to change', async () => {
    const server = await listenOnFreePort();
    const port = (server.address() as net.AddressInfo).port;
    try {
      expect(await isPortFree(port)).toBe(false);
      const error = await assertPortFree(port, 'the embedded PostgreSQL', 'GLOSS_PG_PORT').catch((e) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.message).toBe(
        `Port ${port} for the embedded PostgreSQL is already in use. Stop whatever is using it, or choose another port with GLOSS_PG_PORT=<port>.`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await isPortFree(port)).toBe(true);
  });
});
