/**
 * Baseline: raw `node:http` + `pg`, no GraphQL at all: the floor of the stack for the same work.
 * It answers the baseline GraphQL documents by their operation, in the shape GraphQL would.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { readChoices, writeChoice } from './baseline-work.js';
import { listenForBench } from './listen-for-bench.js';

const pool = new pg.Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: 10, idleTimeoutMillis: 0 });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as {
      query: string;
      variables: { purpose: string; allowed: boolean };
    };
    const token = request.headers.authorization?.replace(/^Bearer /, '');
    const data = body.query.includes('setChoice')
      ? { setChoice: await writeChoice(pool, token, body.variables.purpose, body.variables.allowed) }
      : { myChoices: await readChoices(pool, token) };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  });
});
listenForBench(server);
