// Interactive bash's history expansion: !! !$ !^ !* !n !-n !prefix (not inside single quotes).

export type HistoryExpansion = { kind: 'same' } | { kind: 'expanded'; text: string } | { kind: 'error'; event: string };

function lastWord(line: string): string {
  const words = line.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

export function expandHistory(line: string, history: string[]): HistoryExpansion {
  let out = '';
  let changed = false;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && quote !== "'") {
      out += c + (line[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'" && quote !== '"') quote = quote === "'" ? null : "'";
    else if (c === '"' && quote !== "'") quote = quote === '"' ? null : '"';
    if (c !== '!' || quote === "'") {
      out += c;
      continue;
    }
    const rest = line.slice(i + 1);
    const m = /^(!|\$|\^|\*|-?\d+|[^\s=("'!;&|<>$^*:-][^\s=("';&|<>:]*)/.exec(rest);
    if (!m) {
      out += c;
      continue;
    }
    const spec = m[1];
    let event: string | undefined;
    if (spec === '!' || spec === '$' || spec === '^' || spec === '*') event = history[history.length - 1];
    else if (/^-?\d+$/.test(spec)) {
      const n = Number(spec);
      event = n < 0 ? history[history.length + n] : history[n - 1];
    } else event = [...history].reverse().find((h) => h.startsWith(spec));
    if (event === undefined) return { kind: 'error', event: '!' + spec };
    const words = event.trim().split(/\s+/);
    if (spec === '$') out += lastWord(event);
    else if (spec === '^') out += words[1] ?? '';
    else if (spec === '*') out += words.slice(1).join(' ');
    else out += event;
    i += spec.length;
    changed = true;
  }
  return changed ? { kind: 'expanded', text: out } : { kind: 'same' };
}
