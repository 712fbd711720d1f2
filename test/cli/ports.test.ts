// Every case of ../shared/conformance/port-specs/cases.json through our -p parser.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePortSpec, publishToApi } from '../../src/cli/opts/ports';

interface Case {
  spec: string;
  ok: boolean;
  error?: string;
  bindings?: Array<{ hostIp: string; hostPort: string; containerPort: string; proto: string }>;
}

const cases = JSON.parse(readFileSync(new URL('../../../shared/conformance/port-specs/cases.json', import.meta.url), 'utf8')) as Case[];

describe('port specs (go-connections nat.ParsePortSpec)', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.spec)} → ${c.ok ? 'ok' : c.error}`, () => {
      if (!c.ok) {
        expect(() => parsePortSpec(c.spec)).toThrow(c.error);
        return;
      }
      const got = parsePortSpec(c.spec).map((m) => ({
        hostIp: m.hostIp,
        hostPort: m.hostPort,
        containerPort: m.port.split('/')[0],
        proto: m.port.split('/')[1],
      }));
      expect(got).toEqual(c.bindings);
    });
  }

  it('builds ExposedPorts and PortBindings, with the long syntax too', () => {
    const r = publishToApi(['8080:80', 'target=53,published=5353,protocol=udp']);
    expect(r.exposed).toEqual({ '80/tcp': {}, '53/udp': {} });
    expect(r.bindings).toEqual({
      '80/tcp': [{ HostIp: '', HostPort: '8080' }],
      '53/udp': [{ HostIp: '', HostPort: '5353' }],
    });
    expect(() => publishToApi(['target=80,bogus'])).toThrow(
      "invalid publish opts format (should be name=value but got 'bogus')",
    );
  });
});
