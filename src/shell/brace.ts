// Brace expansion (bash): `a{b,c}d` → abd acd, `{1..5}`, `{a..e}`, `{01..10..3}`. It happens first,
// on the unquoted text of a word; quoted parts and expansions are carried along untouched.
import type { Word, WordPart } from './ast';

type Tok = { ch: string } | { part: WordPart };

const MAX_WORDS = 100_000;

function tokens(word: Word): Tok[] {
  const out: Tok[] = [];
  for (const p of word.parts) {
    if (p.k === 'lit') for (const ch of p.text) out.push({ ch });
    else out.push({ part: p });
  }
  return out;
}

/** Rebuilds a word. Brace expansion works on text in bash, so `{$a,b}x` yields `$ax`: name characters
 * that end up right after a bare `$name` join the name, as a re-parse would. */
function rebuild(toks: Tok[], raw: string): Word {
  const parts: WordPart[] = [];
  let lit = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if ('part' in t && t.part.k === 'param' && !t.part.braced && /^[A-Za-z_]/.test(t.part.name)) {
      let name = t.part.name;
      while (i + 1 < toks.length && 'ch' in toks[i + 1] && /[A-Za-z0-9_]/.test((toks[i + 1] as { ch: string }).ch)) {
        name += (toks[++i] as { ch: string }).ch;
      }
      if (lit) parts.push({ k: 'lit', text: lit });
      lit = '';
      parts.push({ ...t.part, name });
      continue;
    }
    if ('ch' in t) lit += t.ch;
    else {
      if (lit) parts.push({ k: 'lit', text: lit });
      lit = '';
      parts.push(t.part);
    }
  }
  if (lit) parts.push({ k: 'lit', text: lit });
  return { parts, raw };
}

const isCh = (t: Tok | undefined, c: string): boolean => !!t && 'ch' in t && t.ch === c;

/** Finds the first brace group with alternatives or a sequence: [open, close, alternatives]. */
function findGroup(toks: Tok[]): { open: number; close: number; alts: Tok[][] } | null {
  for (let open = 0; open < toks.length; open++) {
    if (!isCh(toks[open], '{') || (open > 0 && isCh(toks[open - 1], '$'))) continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = open + 1; i < toks.length; i++) {
      if (isCh(toks[i], '{')) depth++;
      else if (isCh(toks[i], '}')) {
        if (depth > 0) {
          depth--;
          continue;
        }
        const inner = toks.slice(open + 1, i);
        if (commas.length > 0) {
          const alts: Tok[][] = [];
          let start = open + 1;
          for (const c of [...commas, i]) {
            alts.push(toks.slice(start, c));
            start = c + 1;
          }
          return { open, close: i, alts };
        }
        const seq = sequence(inner);
        if (seq) return { open, close: i, alts: seq.map((s) => [...s].map((ch) => ({ ch }))) };
        break;
      } else if (isCh(toks[i], ',') && depth === 0) commas.push(i);
    }
  }
  return null;
}

function sequence(inner: Tok[]): string[] | null {
  if (!inner.every((t) => 'ch' in t)) return null;
  const text = inner.map((t) => (t as { ch: string }).ch).join('');
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const step = Math.abs(Number(num[3] ?? 1)) || 1;
    const width = /^-?0\d/.test(num[1]) || /^-?0\d/.test(num[2]) ? Math.max(num[1].length, num[2].length) : 0;
    const out: string[] = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      out.push(width ? (v < 0 ? '-' + String(-v).padStart(width - 1, '0') : String(v).padStart(width, '0')) : String(v));
      if (out.length > MAX_WORDS) break;
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  if (chr) {
    const a = chr[1].charCodeAt(0);
    const b = chr[2].charCodeAt(0);
    const step = Math.abs(Number(chr[3] ?? 1)) || 1;
    const out: string[] = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) out.push(String.fromCharCode(v));
    return out;
  }
  return null;
}

export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.k === 'lit' && p.text.includes('{'))) return [word];
  const results: Word[] = [];
  const expand = (toks: Tok[]): void => {
    if (results.length > MAX_WORDS) return;
    const group = findGroup(toks);
    if (!group) {
      results.push(rebuild(toks, word.raw));
      return;
    }
    const prefix = toks.slice(0, group.open);
    const suffix = toks.slice(group.close + 1);
    for (const alt of group.alts) expand([...prefix, ...alt, ...suffix]);
  };
  expand(tokens(word));
  return results;
}
