/**
 * The downstream systems' webhook endpoints, in a process of their own so that receiving
 * thousands of webhooks a second costs the gateway's process nothing. Each system has its own
 * path; the process answers `{ port }` once listening, and on `'report'` the arrival time of
 * every (path, webhook-id), in milliseconds since the epoch (comparable across processes).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const received: [string, number][] = [];
const receiver = createServer((request, response) => {
  received.push([`${request.url}|${request.headers['webhook-id']}`, performance.timeOrigin + performance.now()]);
  request.resume();
  request.on('end', () => response.end());
});
receiver.listen(0, '127.0.0.1', () => process.send?.({ port: (receiver.address() as AddressInfo).port }));
process.on('message', (message) => {
  if (message === 'count') process.send?.({ count: received.length });
  if (message === 'report') process.send?.({ received }, () => process.exit(0));
});
