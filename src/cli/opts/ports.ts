// `-p/--publish` port specs as go-connections' nat.ParsePortSpec reads them (`[ip:][hostPort:]containerPort[/proto]`,
// ranges, bracketed IPv6), with its errors, and the conversion into the API's ExposedPorts/PortBindings.

import type { PortMap } from '../../client/api-types';

export interface PortMapping {
  /** `80/tcp` */
  port: string;
  hostIp: string;
  hostPort: string;
}

function parseUint16(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error('invalid syntax');
  const n = Number(s);
  if (n > 65535) throw new Error('value out of range');
  return n;
}

/** nat.ParsePortRange (base 10, 16 bits). */
export function parsePortRange(ports: string): [number, number] {
  if (ports === '') throw new Error('empty string specified for ports');
  if (!ports.includes('-')) {
    const p = parseUint16(ports);
    return [p, p];
  }
  const parts = ports.split('-');
  const start = parseUint16(parts[0]);
  const end = parseUint16(parts[1]);
  if (end < start) throw new Error(`Invalid range specified for the Port: ${ports}`);
  return [start, end];
}

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** net.ParseIP: IPv4 dotted quad or IPv6 (with an optional trailing IPv4). */
export function isIP(s: string): boolean {
  if (isIPv4(s)) return true;
  if (!s.includes(':')) return false;
  let body = s;
  let groupsNeeded = 8;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    body = body.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = body.indexOf('::');
  if (dbl >= 0 && body.indexOf('::', dbl + 1) >= 0) return false;
  const hex = (g: string) => /^[0-9a-fA-F]{1,4}$/.test(g);
  if (dbl < 0) {
    const groups = body.split(':');
    return groups.length === groupsNeeded && groups.every(hex);
  }
  const left = body.slice(0, dbl);
  const right = body.slice(dbl + 2);
  const lg = left === '' ? [] : left.split(':');
  const rg = right === '' ? [] : right.split(':');
  groupsNeeded -= 1;
  return lg.every(hex) && rg.every(hex) && lg.length + rg.length <= groupsNeeded;
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1];
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0], container];
  if (n === 3) return [parts[0], parts[1], container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], container];
}

function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw.length === 0 || parts[0].length === 0) return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1].length === 0) return ['tcp', parts[0]];
  return [parts[1], parts[0]];
}

export function parsePortSpec(raw: string): PortMapping[] {
  const parts = splitParts(raw);
  let ip = parts[0];
  const hostPort = parts[1];
  const [rawProto, containerPort] = splitProtoPort(parts[2]);
  if (containerPort === '') throw new Error(`no port specified: ${raw}<empty>`);
  const proto = rawProto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new Error(`invalid proto: ${proto}`);
  if (ip !== '' && ip[0] === '[') {
    const close = ip.indexOf(']');
    if (close < 0 || close !== ip.length - 1)
      throw new Error(`invalid IP address ${ip}: address ${ip}: missing ']' in address`);
    ip = ip.slice(1, close);
  }
  if (ip !== '' && !isIP(ip)) throw new Error(`invalid IP address: ${ip}`);
  let start: number;
  let end: number;
  try {
    [start, end] = parsePortRange(containerPort);
  } catch {
    throw new Error(`invalid containerPort: ${containerPort}`);
  }
  let hostStart = 0;
  let hostEnd = 0;
  if (hostPort !== '') {
    try {
      [hostStart, hostEnd] = parsePortRange(hostPort);
    } catch {
      throw new Error(`invalid hostPort: ${hostPort}`);
    }
    if (end - start !== hostEnd - hostStart && end !== start) {
      throw new Error(
        `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`,
      );
    }
  }
  const count = end - start + 1;
  const out: PortMapping[] = [];
  for (let i = 0; i < count; i++) {
    let hp = '';
    if (hostPort !== '') {
      hp = String(hostStart + i);
      if (count === 1 && hostStart !== hostEnd) hp = hostPort;
    }
    out.push({ port: `${start + i}/${proto}`, hostIp: ip, hostPort: hp });
  }
  return out;
}

/** The long syntax (`target=80,published=8080,protocol=udp`) → the short one. */
function longToShort(spec: string): string {
  const fields: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`invalid publish opts format (should be name=value but got '${part}')`);
    fields[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  const target = fields.target ?? '';
  const published = fields.published ?? '';
  const proto = fields.protocol ?? 'tcp';
  return `${published}:${target}/${proto}`;
}

/** All -p values → ExposedPorts and PortBindings. */
export function publishToApi(specs: readonly string[]): {
  exposed: Record<string, Record<string, never>>;
  bindings: PortMap;
} {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: PortMap = {};
  for (const raw of specs) {
    const spec = raw.includes('=') ? longToShort(raw) : raw;
    for (const m of parsePortSpec(spec)) {
      exposed[m.port] = {};
      (bindings[m.port] ??= []).push({ HostIp: m.hostIp, HostPort: m.hostPort });
    }
  }
  return { exposed, bindings };
}

/** `--expose 80`, `--expose 7000-7002/udp`. */
export function exposeToApi(specs: readonly string[]): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const raw of specs) {
    const [proto, port] = splitProtoPort(raw);
    let start: number;
    let end: number;
    try {
      [start, end] = parsePortRange(port);
    } catch (e) {
      const why =
        port === ''
          ? 'empty string specified for ports'
          : `strconv.ParseUint: parsing "${port.split('-')[0]}": ${(e as Error).message}`;
      throw new Error(`invalid range format for --expose: ${raw}, error: ${why}`);
    }
    for (let p = start; p <= end; p++) out[`${p}/${proto || 'tcp'}`] = {};
  }
  return out;
}
