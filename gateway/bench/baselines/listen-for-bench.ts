import type { Server } from 'node:http';

/** Listens on a free port and sends it to the bench process that forked this one. */
export function listenForBench(app: { listen(port: number, done: () => void): Server }): void {
  const server = app.listen(0, () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.once('disconnect', () => process.exit(0));
}
