// Instruction flags (`--from=…`, `--link`), validated like BuildKit's BFlags.

type FlagType = 'bool' | 'string' | 'strings';

interface Flag {
  type: FlagType;
  value: string;
  values: string[];
  used: boolean;
}

export class BFlags {
  private readonly flags = new Map<string, Flag>();

  constructor(private readonly args: readonly string[]) {}

  private add(name: string, type: FlagType, value: string): Flag {
    const flag: Flag = { type, value, values: [], used: false };
    this.flags.set(name, flag);
    return flag;
  }
  addBool(name: string): Flag {
    return this.add(name, 'bool', 'false');
  }
  addString(name: string, def = ''): Flag {
    return this.add(name, 'string', def);
  }
  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  /** Names of the flags that were given, in definition order. */
  used(): string[] {
    return [...this.flags].filter(([, f]) => f.used).map(([n]) => n);
  }

  parse(): void {
    for (const raw of this.args) {
      if (!raw.startsWith('--')) throw new Error(`Arg should start with -- : ${raw}`);
      if (raw === '--') return;
      let arg = raw.slice(2);
      let value = '';
      const eq = arg.indexOf('=');
      if (eq >= 0) {
        value = arg.slice(eq + 1);
        arg = arg.slice(0, eq);
      }
      const flag = this.flags.get(arg);
      if (!flag) throw new Error(`Unknown flag: ${arg}`);
      if (flag.used && flag.type !== 'strings') throw new Error(`Duplicate flag specified: ${arg}`);
      flag.used = true;
      if (flag.type === 'bool') {
        if (eq >= 0 && value === '') throw new Error(`Missing a value on flag: ${arg}`);
        const lower = value.toLowerCase();
        if (lower === '') flag.value = 'true';
        else if (lower === 'true' || lower === 'false') flag.value = lower;
        else throw new Error(`Expecting boolean value for flag ${arg}, not: ${value}`);
      } else {
        if (eq < 0) throw new Error(`Missing a value on flag: ${arg}`);
        if (flag.type === 'string') flag.value = value;
        else flag.values.push(value);
      }
    }
  }
}
