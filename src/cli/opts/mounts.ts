// `--mount` (opts.MountOpt, CSV fields) and `-v/--volume` (loader.ParseVolume) with Docker's errors.

/** The API's mount types; the CLI passes any other word through for the daemon to refuse, as Docker does. */
export type MountType = 'bind' | 'volume' | 'tmpfs' | 'npipe';

export interface ApiMount {
  Type: MountType;
  Source?: string;
  Target: string;
  ReadOnly?: boolean;
  BindOptions?: { Propagation?: string };
  VolumeOptions?: {
    NoCopy?: boolean;
    Labels?: Record<string, string>;
    DriverConfig?: { Name?: string; Options?: Record<string, string> };
  };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

import { ramInBytes } from './units';
import { parseBool } from '../go/strconv';

function csvFields(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function parseMount(value: string): ApiMount {
  const m: ApiMount = { Type: 'volume', Target: '' };
  const vol = () => (m.VolumeOptions ??= {});
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') m.ReadOnly = true;
      else if (key === 'volume-nocopy') vol().NoCopy = true;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        m.Type = val.toLowerCase() as MountType;
        break;
      case 'source':
      case 'src':
        m.Source = val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.Target = val;
        break;
      case 'readonly':
      case 'ro':
        try {
          m.ReadOnly = parseBool(val);
        } catch {
          throw new Error(`invalid value for ${key}: ${val}`);
        }
        break;
      case 'bind-propagation':
        (m.BindOptions ??= {}).Propagation = val.toLowerCase();
        break;
      case 'volume-driver':
        (vol().DriverConfig ??= {}).Name = val;
        break;
      case 'volume-label': {
        const [k, v = ''] = val.split(/=(.*)/s);
        (vol().Labels ??= {})[k] = v;
        break;
      }
      case 'volume-opt': {
        const [k, v = ''] = val.split(/=(.*)/s);
        const dc = (vol().DriverConfig ??= {});
        (dc.Options ??= {})[k] = v;
        break;
      }
      case 'tmpfs-size':
        (m.TmpfsOptions ??= {}).SizeBytes = ramInBytes(val);
        break;
      case 'tmpfs-mode':
        (m.TmpfsOptions ??= {}).Mode = parseInt(val, 8);
        break;
      case 'consistency':
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (!m.Type) throw new Error('type is required');
  if (!m.Target) throw new Error('target is required');
  if (m.VolumeOptions && m.Type !== 'volume')
    throw new Error(`cannot mix 'volume-*' options with mount type '${m.Type}'`);
  if (m.BindOptions && m.Type !== 'bind')
    throw new Error(`cannot mix 'bind-*' options with mount type '${m.Type}'`);
  if (m.TmpfsOptions && m.Type !== 'tmpfs')
    throw new Error(`cannot mix 'tmpfs-*' options with mount type '${m.Type}'`);
  return m;
}

export interface VolumeSpec {
  source: string;
  target: string;
  mode: string;
  type: 'bind' | 'volume';
}

/** loader.ParseVolume for Linux specs: `[src:]dst[:mode]`. */
export function parseVolumeSpec(spec: string): VolumeSpec {
  if (spec === '') throw new Error('invalid empty volume spec');
  const parts = spec.split(':');
  if (parts.some((p) => p === '')) throw new Error(`invalid spec: ${spec}: empty section between colons`);
  if (parts.length > 3) throw new Error(`invalid spec: ${spec}: too many colons`);
  if (parts.length === 1) return { source: '', target: parts[0], mode: '', type: 'volume' };
  const [source, target, mode = ''] = parts;
  const isPath = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
  return { source, target, mode, type: isPath ? 'bind' : 'volume' };
}
