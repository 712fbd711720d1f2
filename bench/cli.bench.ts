// CLI benchmarks: `docker ps -a` with 1,000 containers (flag parsing, formatting and the table writer,
// against an in-memory client), plus the Go template engine alone on the same rows.
import type { Bench, Measurement } from './types';
import type { ContainerSummary, EngineApi } from '../src/cli/engine-api';
import { containerContext, CONTAINER_HEADERS } from '../src/cli/format/containers';
import { formatRows } from '../src/cli/format/formatter';
import { runDocker } from '../test/cli/harness';
import { timeIt } from './stats';

function containers(n: number): ContainerSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    Id: i.toString(16).padStart(64, 'a'),
    Names: [`/web-${i}`],
    Image: i % 2 ? 'nginx:latest' : 'busybox',
    ImageID: 'sha256:' + 'b'.repeat(64),
    Command: i % 2 ? 'nginx -g daemon off;' : 'sh -c while true; do sleep 1; done',
    Created: 1_700_000_000 - i * 37,
    Ports: i % 3 ? [] : [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8000 + i, Type: 'tcp' }],
    Labels: { app: `a${i}` },
    State: i % 4 ? 'running' : 'exited',
    Status: i % 4 ? 'Up 3 minutes' : 'Exited (0) 2 hours ago',
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: { Networks: { bridge: {} } },
    Mounts: [],
  }));
}

export const benches: Bench[] = [
  {
    name: 'docker ps -a, 1,000 containers',
    async run(): Promise<Measurement[]> {
      const list = containers(1000);
      const client: Partial<EngineApi> = { containerList: async () => list };
      const now = 1_700_000_100_000;
      const ps = await timeIt(30, () => runDocker(['ps', '-a'], { client, now }));
      const custom = await timeIt(30, () =>
        runDocker(['ps', '-a', '--format', 'table {{.Names}}\\t{{.Label "app"}}\\t{{json .Ports}}'], {
          client,
          now,
        }),
      );
      const rows = list.map((c) => containerContext(c, true, now));
      const tmpl = await timeIt(30, async () =>
        formatRows(
          {
            format: '{{.ID}} {{upper .Names}} {{if eq .State "running"}}up{{end}}',
            defaultTable: '',
            header: CONTAINER_HEADERS,
          },
          rows,
        ),
      );
      return [
        {
          name: 'docker ps -a (parse + format + table), median',
          value: ps,
          unit: 'ms',
          target: '< 50 ms',
          ok: ps < 50,
        },
        {
          name: 'docker ps -a --format table with Label/json, median',
          value: custom,
          unit: 'ms',
          target: '< 50 ms',
          ok: custom < 50,
        },
        { name: 'template only, 1,000 rows, median', value: tmpl, unit: 'ms' },
      ];
    },
  },
];
