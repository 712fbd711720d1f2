// A test daemon with the network layer plugged in, and a tiny server program that answers each
// connection with a line naming the address it was reached on and the peer.
import { Networking } from '../../../src/engine/daemon/network/networking';
import { networkBackend } from '../../../src/engine/daemon/network/backend';
import { NetworkController } from '../../../src/engine/network/controller';
import type { Program } from '../../../src/engine/process/types';
import { PROGRAMS, testDaemon } from '../daemon/container/helpers';

/** `serve PORT`: answers `hello from IP:PORT to PEER` to each connection, until SIGTERM. */
const serve: Program = async (ctx) => {
  const port = Number(ctx.argv[1] ?? 80);
  const close = ctx.net.listen(port, (conn) => {
    conn.write(`hello from ${conn.localAddress}:${conn.localPort} to ${conn.remoteAddress}\n`);
    conn.end();
  });
  let stop = false;
  ctx.onSignal('SIGTERM', () => (stop = true));
  while (!stop) await ctx.sleep(100);
  close();
  return 0;
};
PROGRAMS.serve = serve;

export function networkDaemon(seed = 1) {
  const t = testDaemon(seed);
  const controller = new NetworkController(t.clock, t.daemon.random);
  const networking = new Networking(controller);
  t.daemon.networking = networking;
  const backend = networkBackend(t.daemon, networking);
  return { ...t, controller, networking, backend };
}

export async function readAll(conn: { read(): Promise<string | null> }): Promise<string> {
  let out = '';
  for (let c = await conn.read(); c !== null; c = await conn.read()) out += c;
  return out;
}
