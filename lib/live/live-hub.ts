/**
 * One LISTEN connection per app instance on the `gloss_live` channel, shared
 * by every open live stream in the process and fanned out by article id.
 * Postgres NOTIFY reaches every instance listening, so live updates work
 * with any number of app instances behind a load balancer.
 *
 * The connection is a dedicated `pg` client (LISTEN needs one session; a
 * pooled Prisma connection would lose it). When it drops, the hub reconnects
 * with exponential backoff (0.5 s doubling to 30 s) and tells subscribers to
 * resync, since notifications sent while disconnected are gone.
 */
import pg from 'pg';
import { LIVE_CHANNEL, type LiveNotification } from '../annotations/announce-change';

export interface LiveSubscriber {
  onNotification(n: LiveNotification): void;
  /** Called after a reconnect: events may have been missed, reload. */
  onResync?(): void;
}

const MIN_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

function isNotification(v: unknown): v is LiveNotification {
  const o = v as Record<string, unknown>;
  return !!o && typeof o.articleId === 'string' && typeof o.annotationId === 'string' && typeof o.rootId === 'string' && typeof o.action === 'string';
}

export class LiveHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly byArticle = new Map<string, Set<LiveSubscriber>>();
  private backoff = MIN_BACKOFF_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private everConnected = false;

  constructor(private readonly connectionString: string) {}

  /** Subscribes to one article's notifications; resolves once LISTEN is active. Returns the unsubscribe function. */
  async subscribe(articleId: string, subscriber: LiveSubscriber): Promise<() => void> {
    let set = this.byArticle.get(articleId);
    if (!set) this.byArticle.set(articleId, (set = new Set()));
    set.add(subscriber);
    await this.ensureConnected();
    return () => {
      const s = this.byArticle.get(articleId);
      s?.delete(subscriber);
      if (s && s.size === 0) this.byArticle.delete(articleId);
    };
  }

  /** Number of subscribers (all articles). */
  get subscriberCount(): number {
    let n = 0;
    for (const s of this.byArticle.values()) n += s.size;
    return n;
  }

  /** The Postgres backend pid of the LISTEN connection (null while disconnected); for diagnostics and tests. */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** Closes the connection for good (shutdown, tests). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const c = this.client;
    this.client = null;
    this.byArticle.clear();
    await c?.end().catch(() => {});
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    if (this.closed) throw new Error('The live hub is closed.');
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(msg.payload);
      } catch {
        return;
      }
      if (!isNotification(parsed)) return;
      for (const s of this.byArticle.get(parsed.articleId) ?? []) {
        try {
          s.onNotification(parsed);
        } catch (e) {
          console.error('live subscriber failed', e);
        }
      }
    });
    const lost = () => this.handleLost(client);
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (e) {
      client.removeAllListeners();
      await client.end().catch(() => {});
      this.scheduleReconnect();
      throw e;
    }
    this.client = client;
    this.backoff = MIN_BACKOFF_MS;
    if (this.everConnected) {
      for (const set of this.byArticle.values()) for (const s of set) s.onResync?.();
    }
    this.everConnected = true;
  }

  private handleLost(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => {}); // a late error on a dead client must not crash the process
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed || this.retryTimer || this.subscriberCount === 0) return;
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected().catch((e) => console.error(`Live updates: reconnecting to Postgres failed (${(e as Error).message}); retrying.`));
    }, delay);
    this.retryTimer.unref?.();
  }
}

const globalForHub = globalThis as unknown as { glossLiveHub?: LiveHub };

/** The process-wide hub (kept on globalThis so dev reloads reuse it). */
export function getLiveHub(): LiveHub {
  if (!globalForHub.glossLiveHub) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set.');
    globalForHub.glossLiveHub = new LiveHub(url);
  }
  return globalForHub.glossLiveHub;
}

/** Closes the process-wide hub (tests, shutdown). */
export async function closeLiveHub(): Promise<void> {
  await globalForHub.glossLiveHub?.close();
  globalForHub.glossLiveHub = undefined;
}
