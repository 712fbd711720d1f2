// How each instruction splits the rest of its line into arguments (BuildKit's line parsers).
// No variable expansion happens here; that is the builder's job, per instruction.

import { goQuote } from './go-quote';
import { isSpace, splitWhitespace, trimLeftSpace } from './unicode';

export const ERR_NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

export interface LineArgs {
  args: string[];
  json: boolean;
  /** ONBUILD: the rest of the line, to parse as an instruction of its own. */
  subLine?: string;
}

export type LineParser = (rest: string, escapeToken: string) => LineArgs;

const none: LineArgs = { args: [], json: false };

/** Words separated by unquoted, unescaped spaces; quotes and escape tokens are kept. */
export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  const chars = [...rest];
  const n = chars.length;
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos < n ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === n) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === n) continue;
        word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === n) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return words;
}

function parseNameVal(rest: string, key: string, escapeToken: string): LineArgs {
  const words = parseWords(rest, escapeToken);
  if (words.length === 0) return none;
  if (!words[0].includes('=')) {
    const parts = splitWhitespace(rest, 2);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return { args: [parts[0], parts[1], ''], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      throw new Error(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    }
    args.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return { args, json: false };
}

const parseEnv: LineParser = (rest, esc) => parseNameVal(rest, 'ENV', esc);
const parseLabel: LineParser = (rest, esc) => parseNameVal(rest, 'LABEL', esc);

const parseNameOrNameVal: LineParser = (rest, esc) => ({ args: parseWords(rest, esc), json: false });

const parseStringsWhitespaceDelimited: LineParser = (rest) =>
  rest === '' ? none : { args: splitWhitespace(rest), json: false };

const parseString: LineParser = (rest) => (rest === '' ? none : { args: [rest], json: false });

/** The strings of a JSON array, or null when `rest` is not a JSON array at all. */
export function parseJsonArray(rest: string): string[] | null {
  const text = trimLeftSpace(rest);
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  for (const v of value) if (typeof v !== 'string') throw new Error(ERR_NOT_STRING_ARRAY);
  return value as string[];
}

const parseMaybeJson: LineParser = (rest) => {
  if (rest === '') return none;
  const arr = parseJsonArray(rest);
  return arr ? { args: arr, json: true } : { args: [rest], json: false };
};

const parseMaybeJsonToList: LineParser = (rest, esc) => {
  const arr = parseJsonArray(rest);
  return arr ? { args: arr, json: true } : parseStringsWhitespaceDelimited(rest, esc);
};

const parseHealthConfig: LineParser = (rest, esc) => {
  let sep = 0;
  while (sep < rest.length && !isSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isSpace(rest[next])) next++;
  if (sep === 0) return none;
  const cmd = parseMaybeJson(rest.slice(next), esc);
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
};

const parseSubCommand: LineParser = (rest) => (rest === '' ? none : { args: [], json: false, subLine: rest });

const parseIgnore: LineParser = () => none;

const DISPATCH: Record<string, LineParser> = {
  add: parseMaybeJsonToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJson,
  copy: parseMaybeJsonToList,
  entrypoint: parseMaybeJson,
  env: parseEnv,
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: parseLabel,
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJson,
  shell: parseMaybeJson,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJsonToList,
  workdir: parseString,
};

/** The line parser of a keyword; unknown keywords parse to no arguments (a later stage rejects them). */
export function lineParserFor(cmd: string): LineParser {
  return Object.hasOwn(DISPATCH, cmd.toLowerCase()) ? DISPATCH[cmd.toLowerCase()] : parseIgnore;
}

/** Every instruction keyword BuildKit knows, upper case. */
export const INSTRUCTIONS = Object.keys(DISPATCH).map((k) => k.toUpperCase());
