// The files Docker writes for each container and mounts over the image's: /etc/hostname, /etc/hosts,
// /etc/resolv.conf (moby libnetwork etchosts and resolvconf), as a default-bridge container sees them.

export function hostnameFile(hostname: string): string {
  return `${hostname}\n`;
}

export interface HostsEntry {
  ip: string;
  names: string[];
}

export function hostsFile(hostname: string, ip: string | null, extra: readonly HostsEntry[] = []): string {
  let s =
    '127.0.0.1\tlocalhost\n' +
    '::1\tlocalhost ip6-localhost ip6-loopback\n' +
    'fe00::0\tip6-localnet\n' +
    'ff00::0\tip6-mcastprefix\n' +
    'ff02::1\tip6-allnodes\n' +
    'ff02::2\tip6-allrouters\n';
  for (const e of extra) s += `${e.ip}\t${e.names.join(' ')}\n`;
  if (ip) s += `${ip}\t${hostname}\n`;
  return s;
}

export interface ResolvOptions {
  nameservers: readonly string[];
  search?: readonly string[];
  options?: readonly string[];
}

export function resolvConf(opts: ResolvOptions): string {
  let s = '';
  if (opts.search?.length) s += `search ${opts.search.join(' ')}\n`;
  for (const ns of opts.nameservers) s += `nameserver ${ns}\n`;
  if (opts.options?.length) s += `options ${opts.options.join(' ')}\n`;
  return s;
}
