/**
 * Port checks for the services `npm start` and `npm test` run themselves, so
 * a taken port is reported in one sentence instead of a crash later on.
 */
import net from 'node:net';

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

/** A port nothing listens on right now (the OS picks it), for a second server in tests and benchmarks. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Throws a one-line, actionable error when the port is taken. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new ServiceError(
      `Port ${port} for ${what} is already in use. Stop whatever is using it, or choose another port with ${envVar}=<port>.`,
    );
  }
}

/** An error whose message is meant for the person running the command: printed alone, no stack. */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}
