import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { DataSource } from 'typeorm';
import { webhookSecret } from '../propagation/index.js';

export interface ReceivedWebhook {
  system: string;
  webhookId: string;
  verified: boolean;
  purpose?: string;
  decision?: string;
  subjectId?: string;
  receivedAt: string;
  error?: string;
}

/**
 * The demo's downstream systems: one HTTP server that receives every demo system's webhooks at
 * `POST /<system key>`, verifies each signature with the reference Standard Webhooks library
 * (a bad one gets 400, so the relay retries), and lists what arrived at `GET /received`.
 */
export async function startDemoReceiver(
  dataSource: DataSource,
  gatewaySecret: string,
  port: number,
  allowedOrigins: string[],
): Promise<{ url: string; stop(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer(async (request, response) => {
    const origin = request.headers.origin;
    if (origin && allowedOrigins.includes(origin)) response.setHeader('access-control-allow-origin', origin);
    if (request.method === 'GET' && request.url === '/received') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(received));
      return;
    }
    const systemKey = request.url?.slice(1) ?? '';
    const body = await readBody(request);
    const record: ReceivedWebhook = {
      system: systemKey,
      webhookId: String(request.headers['webhook-id'] ?? ''),
      verified: false,
      receivedAt: new Date().toISOString(),
    };
    try {
      const [system]: { id: string; secret_version: number }[] = await dataSource.query(
        'SELECT id, secret_version FROM downstream_system WHERE key = $1',
        [systemKey],
      );
      if (!system) throw new Error(`unknown system ${systemKey}`);
      const verifier = new Webhook(webhookSecret(gatewaySecret, system.id, system.secret_version));
      const message = verifier.verify(body, request.headers as Record<string, string>) as {
        data: { purpose: string; decision: string; subjectId: string };
      };
      Object.assign(record, {
        verified: true,
        purpose: message.data.purpose,
        decision: message.data.decision,
        subjectId: message.data.subjectId,
      });
      response.statusCode = 204;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      response.statusCode = 400;
    }
    received.unshift(record);
    received.splice(200);
    response.end();
  });
  await new Promise<void>((listening) => server.listen(port, listening));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${boundPort}`,
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString()));
    request.on('error', failed);
  });
}
