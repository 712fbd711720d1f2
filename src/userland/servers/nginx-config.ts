// The few directives of nginx's configuration the simulated nginx honours: `listen`, `root`, `index`
// of the server block (/etc/nginx/conf.d/default.conf in the official image), `worker_processes`.
import type { FileSystem } from '../../engine/fs/types';

export interface NginxConfig {
  ports: number[];
  root: string;
  index: string[];
  workers: number;
  pidFile: string;
}

export const NGINX_CONF = '/etc/nginx/nginx.conf';
export const DEFAULT_SITE = '/etc/nginx/conf.d/default.conf';

function read(fs: FileSystem, path: string): string {
  try {
    return fs.readText(path);
  } catch {
    return '';
  }
}

function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, '');
}

export function loadNginxConfig(fs: FileSystem, cpus: number): NginxConfig {
  const main = stripComments(read(fs, NGINX_CONF));
  const site = stripComments(read(fs, DEFAULT_SITE));
  const all = `${main}\n${site}`;
  const ports = [...all.matchAll(/^\s*listen\s+(?:[\d.]+:)?(\d+)[^;]*;/gm)].map((m) => Number(m[1]));
  const root = /^\s*root\s+([^;\s]+)\s*;/m.exec(all)?.[1] ?? '/usr/share/nginx/html';
  const index = /^\s*index\s+([^;]+);/m.exec(all)?.[1].trim().split(/\s+/) ?? ['index.html', 'index.htm'];
  const workersSpec = /^\s*worker_processes\s+([^;\s]+)\s*;/m.exec(main)?.[1] ?? 'auto';
  const workers = workersSpec === 'auto' ? cpus : Math.max(1, Number(workersSpec) || 1);
  const pidFile = /^\s*pid\s+([^;\s]+)\s*;/m.exec(main)?.[1] ?? '/var/run/nginx.pid';
  return { ports: ports.length ? [...new Set(ports)] : [80], root, index, workers, pidFile };
}
