import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LIVE_CHANNEL, type LiveNotification } from '../annotations/announce-change';
import { unique } from '../annotations/test-fixtures';
import { LiveHub } from './live-hub';

const url = process.env.DATABASE_URL!;
const hubs: LiveHub[] = [];
afterAll(async () => {
  for (const h of hubs) await h.close();
});

async function notify(n: LiveNotification) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(n)]);
  } finally {
    await c.end();
  }
}

function inbox() {
  const got: string[] = [];
  let wake = () => {};
  return {
    got,
    push: (s: string) => {
      got.push(s);
      wake();
    },
    async until(s: string) {
      while (!got.includes(s)) await new Promise<void>((r) => (wake = r));
    },
  };
}

describe('LiveHub', () => {
  it('fans out by article, ignores junk payloads, and stops delivering after unsubscribe', async () => {
    const hub = new LiveHub(url);
    hubs.push(hub);
    const [a1, a2] = [`art-${unique()}`, `art-${unique()}`];
    const box1 = inbox();
    const box2 = inbox();
    const off1 = await hub.subscribe(a1, { onNotification: (n) => box1.push(n.annotationId) });
    await hub.subscribe(a2, { onNotification: (n) => box2.push(n.annotationId) });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, 'not json']);
    await c.end();
    await notify({ articleId: a1, annotationId: 'x1', rootId: 'x1', action: 'created' });
    await notify({ articleId: a2, annotationId: 'y1', rootId: 'y1', action: 'created' });
    await box2.until('y1');
    await box1.until('x1');
    off1();
    await notify({ articleId: a1, annotationId: 'x2', rootId: 'x2', action: 'created' });
    await notify({ articleId: a2, annotationId: 'y2', rootId: 'y2', action: 'created' });
    await box2.until('y2'); // sent after x2 on the same connection, so x2 would have arrived already
    expect(box1.got).toEqual(['x1']);
    expect(box2.got).toEqual(['y1', 'y2']);
    expect(hub.subscriberCount).toBe(1);
  });

  it('reconnects after losing its connection and asks subscribers to resync', async () => {
    const hub = new LiveHub(url);
    hubs.push(hub);
    const articleId = `art-${unique()}`;
    const box = inbox();
    await hub.subscribe(articleId, { onNotification: (n) => box.push(n.annotationId), onResync: () => box.push('resync') });
    const pid = hub.backendPid;
    expect(pid).toBeGreaterThan(0);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.end();
    await box.until('resync');
    expect(hub.backendPid).not.toBe(pid);
    await notify({ articleId, annotationId: 'after', rootId: 'after', action: 'created' });
    await box.until('after');
    expect(box.got).toEqual(['resync', 'after']);
  });
});
