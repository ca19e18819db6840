import pg from 'pg';
import { outboxChannel } from '../common/outbox.js';

const firstRetryMs = 500;
const longestRetryMs = 30_000;

/**
 * A LISTEN connection, kept open: when it drops (a restarted or failed-over server, a terminated
 * backend), it is opened again with growing delays, and `onNotify` is called without a payload
 * once it is back, since what was notified meanwhile is lost: the relay drains the outbox, the
 * subscriptions tell their clients to read again. The relay listens on the outbox channel, the
 * subscriptions on the live one (common/live-notice.ts).
 */
export class OutboxListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = firstRetryMs;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onNotify: (payload?: string) => void,
    private readonly onError: (error: unknown) => void,
    private readonly channel: string = outboxChannel,
  ) {}

  /** Resolves once listening; a first failure rejects (the gateway should not start deaf). */
  async start(): Promise<void> {
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (notification) => this.onNotify(notification.payload ?? ''));
    client.on('error', (error) => {
      this.onError(error);
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
    this.retryMs = firstRetryMs;
    this.onNotify();
  }

  private lost(client: pg.Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => {});
    this.again();
  }

  private again(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.listen().catch((error) => {
        this.onError(error);
        this.again();
      });
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, longestRetryMs);
  }
}
