import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Answer, LoadPlan } from './load-worker.js';
import type { Figures } from './measure.js';

/** Runs a load plan in a separate Node process and returns its figures. */
export function runLoad(plan: LoadPlan): Promise<Figures & { answers: Answer[] }> {
  return new Promise((done, failed) => {
    const worker = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
    });
    worker.once('message', (figures) => {
      worker.kill();
      done(figures as Figures & { answers: Answer[] });
    });
    worker.once('error', failed);
    worker.once('exit', (code) => code && failed(new Error(`The load process exited with ${code}`)));
    worker.send(plan);
  });
}
