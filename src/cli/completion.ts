// Tab completion of `docker …` for the host shell: subcommands, flags of the command being typed, and
// container/image/network/volume names read through the engine client.

import type { CompletionProvider, CompletionRequest } from '../shell';
import type { CommandSpec } from './command';
import type { EngineApi } from './engine-api';
import type { FlagSpec } from './flags';
import { globalFlags } from './globals';
import { GROUPS, TOP_LEVEL, findGroup, findInGroup } from './tree';

type ArgKind = 'container' | 'running' | 'image' | 'network' | 'volume' | null;

/** What the positional arguments of a command name, from its usage line. */
function argKind(path: string[], cmd: CommandSpec, index: number): ArgKind {
  const verb = path[path.length - 1];
  const words = cmd.usage.replace(/\[OPTIONS\]\s*/, '').split(/\s+/);
  const word = words[Math.min(index, words.length - 1)] ?? '';
  if (/CONTAINER/.test(word))
    return ['exec', 'attach', 'stop', 'kill', 'pause', 'top', 'stats'].includes(verb)
      ? 'running'
      : 'container';
  if (/IMAGE|NAME\[:TAG|SOURCE_IMAGE|REPOSITORY/.test(word)) return 'image';
  if (/NETWORK/.test(word)) return 'network';
  if (/VOLUME/.test(word)) return 'volume';
  if (/NAME\|ID/.test(word)) return 'container';
  return null;
}

const FLAG_VALUE_KINDS: Record<string, ArgKind> = {
  network: 'network',
  'volumes-from': 'container',
  link: 'container',
};

function takesValue(flags: readonly FlagSpec[], word: string): FlagSpec | null {
  if (!word.startsWith('-') || word.includes('=')) return null;
  const spec = word.startsWith('--')
    ? flags.find((f) => f.name === word.slice(2))
    : flags.find((f) => f.short === word[word.length - 1]);
  return spec && spec.type !== 'bool' ? spec : null;
}

async function names(client: EngineApi, kind: ArgKind): Promise<string[]> {
  switch (kind) {
    case 'container':
    case 'running': {
      const list = await client.containerList({ all: kind === 'container' });
      return list.flatMap((c) => c.Names.map((n) => n.replace(/^\//, '')));
    }
    case 'image': {
      const list = await client.imageList({});
      return list.flatMap((i) => (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>'));
    }
    case 'network':
      return (await client.networkList({})).map((n) => n.Name);
    case 'volume':
      return ((await client.volumeList({})).Volumes ?? []).map((v) => v.Name);
    default:
      return [];
  }
}

function flagWords(flags: readonly FlagSpec[], prefix: string): string[] {
  const out: string[] = [];
  for (const f of flags) {
    if (f.hidden) continue;
    out.push(`--${f.name}`);
    if (f.short && prefix.length <= 2 && !prefix.startsWith('--')) out.push(`-${f.short}`);
  }
  return out;
}

function matching(words: Iterable<string>, prefix: string): string[] {
  return [...new Set(words)].filter((w) => w.startsWith(prefix)).sort();
}

/** A completion provider for `docker`; `client()` gives the engine client of the session. */
export function dockerCompletion(
  client: () => EngineApi,
  env: () => Record<string, string> = () => ({}),
): CompletionProvider {
  return {
    async complete(req: CompletionRequest): Promise<string[] | null> {
      const words = req.words;
      if (req.command || words.length < 2 || words[0] !== 'docker') return null;
      const current = words[words.length - 1];
      const before = words.slice(1, -1);
      const gflags = globalFlags(env());
      // Skip the global options.
      let i = 0;
      while (i < before.length && before[i].startsWith('-')) {
        if (takesValue(gflags, before[i])) i++;
        i++;
      }
      const rest = before.slice(i);
      if (rest.length === 0) {
        if (current.startsWith('-')) return matching(flagWords(gflags, current), current);
        return matching([...TOP_LEVEL.keys(), ...GROUPS.map((g) => g.name)], current);
      }
      const path = [rest[0]];
      let cmd: CommandSpec | undefined = TOP_LEVEL.get(rest[0]);
      let argWords = rest.slice(1);
      const group = findGroup(rest[0]);
      if (group) {
        if (rest.length === 1)
          return matching(
            group.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
            current,
          );
        cmd = findInGroup(group, rest[1]);
        path.push(rest[1]);
        argWords = rest.slice(2);
      }
      if (!cmd) return [];
      if (current.startsWith('-')) return matching(flagWords(cmd.flags, current), current);
      const last = argWords[argWords.length - 1];
      const valueOf = last !== undefined ? takesValue(cmd.flags, last) : null;
      if (valueOf) {
        const kind = FLAG_VALUE_KINDS[valueOf.name] ?? null;
        return kind ? matching(await names(client(), kind), current) : [];
      }
      // Count the positional arguments before the cursor.
      let positional = 0;
      for (let j = 0; j < argWords.length; j++) {
        if (argWords[j].startsWith('-')) {
          if (takesValue(cmd.flags, argWords[j])) j++;
          continue;
        }
        positional++;
      }
      if (cmd.interspersed === false && positional > 0) return null;
      const kind = argKind(path, cmd, positional);
      if (!kind) return null;
      try {
        return matching(await names(client(), kind), current);
      } catch {
        return [];
      }
    },
  };
}
