import { Kernel } from '../../../src/engine/process/kernel';
import { binaryStub, type OutputStream, type Program } from '../../../src/engine/process/types';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { FakeFs } from './fake-fs';

export function collector(): OutputStream & { text: string } {
  const out = {
    text: '',
    isTTY: false,
    write(chunk: string) {
      out.text += chunk;
    },
    drain: async () => {},
  };
  return out;
}

export function machine(programs: Record<string, Program>) {
  const fs = new FakeFs();
  fs.mkdir('/bin', { recursive: true });
  for (const name of Object.keys(programs)) fs.writeFile(`/bin/${name}`, binaryStub(name), { mode: 0o755 });
  const clock = new VirtualClock();
  const table = { get: (n: string) => programs[n], names: () => Object.keys(programs) };
  const kernel = new Kernel({ clock, programs: table, host: { fs, hostname: 'baleine' } });
  return { fs, clock, kernel, env: { PATH: '/bin' } };
}
