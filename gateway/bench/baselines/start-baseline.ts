import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BaselineServer {
  url: string;
  pid: number;
  stop(): void;
}

/** Forks one baseline server in its own process, as the product's gateway is one process of its own. */
export function startBaseline(file: 'bare-apollo-server.ts' | 'raw-http-server.ts', databaseUrl: string) {
  return new Promise<BaselineServer>((done, failed) => {
    const child = fork(fileURLToPath(new URL(`./${file}`, import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BASELINE_DATABASE_URL: databaseUrl },
    });
    child.once('message', (message) =>
      done({
        url: `http://127.0.0.1:${(message as { port: number }).port}`,
        pid: child.pid as number,
        stop: () => child.kill(),
      }),
    );
    child.once('error', failed);
    child.once('exit', (code) => failed(new Error(`The baseline ${file} exited with ${code}`)));
  });
}
