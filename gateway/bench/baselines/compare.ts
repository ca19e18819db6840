/**
 * Our hot read and write side by side with bare baselines doing the least the same work needs,
 * in one run, same load generator, same connections, alternating rounds: the ratios are what
 * our features cost, whatever the machine.
 */
import { runLoad } from '../load.js';
import type { Figures } from '../measure.js';
import { baselinePurposes, seedBaselineDatabase } from './baseline-database.js';
import { cpuBetween, cpuNow, postgresServerPids } from './cpu-split.js';
import { startBaseline } from './start-baseline.js';

interface Contender {
  name: string;
  url: string;
  pid: number;
  query: string;
  variables: (index: number) => Record<string, unknown>;
  tokens: string[];
}

interface Measured extends Figures {
  cpu: { server: number; postgres: number; load: number };
}

const connections = 10;
const people = 200;
const readRequests = 6000;
const writeRequests = 3000;

async function measured(contender: Contender, requests: number, postgres: () => string[]): Promise<Measured> {
  const before = cpuNow(contender.pid, postgres);
  const figures = await runLoad({
    url: contender.url,
    concurrency: connections,
    requests: Array.from({ length: requests }, (_, index) => ({
      query: contender.query,
      variables: contender.variables(index),
      token: contender.tokens[index % contender.tokens.length],
    })),
  });
  return {
    ...figures,
    cpu: { ...cpuBetween(before, cpuNow(contender.pid, postgres)), load: figures.loadCpuSeconds ?? 0 },
  };
}

// CPU per request is steadier than throughput on a shared machine: it is what the ratio of CPU says.
function line(name: string, figures: Measured, requests: number): string {
  const { server, postgres, load } = figures.cpu;
  const total = server + postgres + load || 1;
  const share = (part: number) => `${Math.round((100 * part) / total)}%`.padStart(4);
  const perRequest = (part: number) => `${((1000 * part) / requests).toFixed(2)} ms`;
  return `  ${name.padEnd(30)} ${figures.perSecond.toFixed(0).padStart(6)} /s   p50 ${figures.p50.toFixed(1).padStart(5)} ms   p99 ${figures.p99.toFixed(1).padStart(5)} ms   CPU server ${share(server)} postgres ${share(postgres)} load ${share(load)}   per request: server ${perRequest(server)}, postgres ${perRequest(postgres)}`;
}

// Every request alternates a person between two states, so every write really changes something.
const alternating = (index: number) => Math.floor(index / people) % 2 === 0;

export async function compareWithBaselines(options: {
  ownerDatabaseUrl: string;
  gatewayUrl: string;
  gatewayTokens: string[];
  ourRead: string;
  ourWrite: string;
  rounds: number;
}): Promise<void> {
  const tokens = await seedBaselineDatabase(options.ownerDatabaseUrl, people);
  const postgres = await postgresServerPids(options.ownerDatabaseUrl);
  const bareApollo = await startBaseline('bare-apollo-server.ts', options.ownerDatabaseUrl);
  const raw = await startBaseline('raw-http-server.ts', options.ownerDatabaseUrl);
  const baselineRead = '{ myChoices { purpose allowed changedAt } }';
  const baselineWrite =
    'mutation($purpose: String!, $allowed: Boolean!) { setChoice(purpose: $purpose, allowed: $allowed) { purpose allowed changedAt } }';
  const baselineWriteVariables = (index: number) => ({ purpose: baselinePurposes[0], allowed: alternating(index) });
  const ours = { name: 'ours', url: options.gatewayUrl, pid: process.pid, tokens: options.gatewayTokens };
  const reads: Contender[] = [
    { ...bareApollo, name: 'bare Apollo 5 read', query: baselineRead, variables: () => ({}), tokens },
    { ...ours, name: 'our privacyPreferences read', query: options.ourRead, variables: () => ({}) },
    { ...raw, name: 'raw node:http + pg read', query: baselineRead, variables: () => ({}), tokens },
  ];
  const writes: Contender[] = [
    { ...bareApollo, name: 'bare Apollo 5 write', query: baselineWrite, variables: baselineWriteVariables, tokens },
    {
      ...ours,
      name: 'our setMarketingObjection',
      query: options.ourWrite,
      variables: (i) => ({ objected: alternating(i) }),
    },
    { ...raw, name: 'raw node:http + pg write', query: baselineWrite, variables: baselineWriteVariables, tokens },
  ];
  console.log(`Against bare baselines: ${connections} connections, alternating rounds, same load generator`);
  const ratios: { read: number[]; write: number[] } = { read: [], write: [] };
  try {
    for (let round = 1; round <= options.rounds; round++) {
      console.log(` round ${round}`);
      const read = [];
      for (const contender of reads) {
        read.push(await measured(contender, readRequests, postgres));
        console.log(line(contender.name, read.at(-1) as Measured, readRequests));
      }
      const write = [];
      for (const contender of writes) {
        write.push(await measured(contender, writeRequests, postgres));
        console.log(line(contender.name, write.at(-1) as Measured, writeRequests));
      }
      ratios.read.push((read[1] as Measured).perSecond / (read[0] as Measured).perSecond);
      ratios.write.push((write[1] as Measured).perSecond / (write[0] as Measured).perSecond);
    }
  } finally {
    bareApollo.stop();
    raw.stop();
  }
  const summary = (values: number[]) => `${values.map((value) => `${value.toFixed(2)}x`).join(', ')}`;
  console.log(`  read:  ours / bare Apollo ${summary(ratios.read)}   (target >= 0.80x)`);
  console.log(`  write: ours / bare Apollo ${summary(ratios.write)}   (target >= 0.70x)\n`);
}
