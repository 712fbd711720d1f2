// Executes a parsed template with text/template's semantics and Go's error texts
// (`template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type …`).

import { FUNCS, FUNC_NAMES, FuncError, type TemplateFunc } from './funcs';
import { TemplateError } from './lexer';
import { parse, type Command, type ControlNode, type Node, type Operand, type Pipeline } from './parse';
import { NO_VALUE, goTypeName, isGoStruct, printValue, truth, typedNull } from './values';

class BreakSignal {}
class ContinueSignal {}

export class Template {
  private constructor(
    private readonly source: string,
    private readonly nodes: Node[],
    private readonly name: string,
  ) {}

  /**
   * Parses a template; throws TemplateError (`template: :1: …`, or `template: NAME:1: …` for a
   * template created with a name, as `template.New("version")`).
   */
  static parse(source: string, name = ''): Template {
    try {
      const nodes = parse(source);
      checkFunctions(nodes);
      return new Template(source, nodes, name);
    } catch (e) {
      if (e instanceof TemplateError && name)
        throw new TemplateError(e.message.replace(/^template: :/, `template: ${name}:`));
      throw e;
    }
  }

  /**
   * Runs the template on `data`; throws TemplateError on an execution error. With missingKey 'error'
   * (Option("missingkey=error")), a missing map key fails instead of yielding `<no value>`.
   */
  execute(
    data: unknown,
    funcs: Record<string, TemplateFunc> = FUNCS,
    missingKey: 'default' | 'error' = 'default',
  ): string {
    const run = new Execution(this.source, this.name, funcs, missingKey);
    const out: string[] = [];
    try {
      run.walk(this.nodes, data, [{ name: '$', value: data }], out);
    } catch (e) {
      if (e instanceof TemplateError) e.partial = out.join('');
      throw e;
    }
    return out.join('');
  }
}

function checkFunctions(nodes: Node[]): void {
  const visitPipe = (p: Pipeline) => {
    for (const c of p.cmds) for (const a of c.args) visitOperand(a);
  };
  const visitOperand = (a: Operand) => {
    if (a.kind === 'identifier' && !FUNC_NAMES.has(a.name))
      throw new TemplateError(`template: :1: function "${a.name}" not defined`);
    if (a.kind === 'pipe') visitPipe(a.pipe);
  };
  for (const n of nodes) {
    if (n.kind === 'action') visitPipe(n.pipe);
    else if (n.kind === 'if' || n.kind === 'with' || n.kind === 'range') {
      visitPipe(n.pipe);
      checkFunctions(n.list);
      if (n.elseList) checkFunctions(n.elseList);
    }
  }
}

interface Variable {
  name: string;
  value: unknown;
}

class Execution {
  constructor(
    private readonly source: string,
    private readonly name: string,
    private readonly funcs: Record<string, TemplateFunc>,
    private readonly missingKey: 'default' | 'error',
  ) {}

  private fail(pos: number, context: string, msg: string): never {
    const before = this.source.slice(0, pos);
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = pos - before.lastIndexOf('\n') - 1;
    throw new TemplateError(
      `template: ${this.name}:${line}:${col}: executing "${this.name}" at <${context}>: ${msg}`,
    );
  }

  walk(nodes: Node[], dot: unknown, vars: Variable[], out: string[]): void {
    for (const n of nodes) {
      switch (n.kind) {
        case 'text':
          out.push(n.text);
          break;
        case 'action': {
          const v = this.pipeline(n.pipe, dot, vars);
          if (n.pipe.decl.length === 0) out.push(printValue(v));
          break;
        }
        case 'if':
        case 'with': {
          const mark = vars.length;
          const v = this.pipeline(n.pipe, dot, vars);
          if (truth(v)) this.walk(n.list, n.kind === 'with' ? v : dot, vars, out);
          else if (n.elseList) this.walk(n.elseList, dot, vars, out);
          vars.length = mark;
          break;
        }
        case 'range':
          this.range(n, dot, vars, out);
          break;
        case 'break':
          throw new BreakSignal();
        case 'continue':
          throw new ContinueSignal();
      }
    }
  }

  private range(n: ControlNode, dot: unknown, vars: Variable[], out: string[]): void {
    const mark = vars.length;
    const pipe = { ...n.pipe, decl: [] };
    const v = this.pipeline(pipe, dot, vars);
    let items: Array<[unknown, unknown]>;
    if (Array.isArray(v)) items = v.map((x, i) => [i, x]);
    else if (typeof v === 'number' && Number.isInteger(v))
      items = Array.from({ length: Math.max(0, v) }, (_, i) => [i, i]);
    else if (v && typeof v === 'object' && !isGoStruct(v)) {
      items = Object.keys(v)
        .sort()
        .map((k) => [k, (v as Record<string, unknown>)[k]]);
    } else if (v === null || v === NO_VALUE) items = [];
    else
      this.fail(
        n.pipe.pos,
        n.pipe.text,
        `range can't iterate over ${typeof v === 'string' ? '' : printValue(v)}`,
      );
    if (items.length === 0) {
      if (n.elseList) this.walk(n.elseList, dot, vars, out);
      return;
    }
    for (const [k, x] of items) {
      if (n.pipe.decl.length === 1) vars.push({ name: n.pipe.decl[0], value: x });
      else if (n.pipe.decl.length === 2)
        vars.push({ name: n.pipe.decl[0], value: k }, { name: n.pipe.decl[1], value: x });
      try {
        this.walk(n.list, x, vars, out);
      } catch (e) {
        if (e instanceof BreakSignal) {
          vars.length = mark;
          break;
        }
        if (!(e instanceof ContinueSignal)) throw e;
      }
      vars.length = mark;
    }
  }

  private pipeline(p: Pipeline, dot: unknown, vars: Variable[]): unknown {
    let value: unknown = undefined;
    let hasFinal = false;
    for (const cmd of p.cmds) {
      value = this.command(cmd, dot, vars, hasFinal ? value : undefined, hasFinal);
      hasFinal = true;
    }
    for (const name of p.decl) {
      if (p.isAssign) {
        const v = [...vars].reverse().find((x) => x.name === name);
        if (!v) this.fail(p.pos, p.text, `undefined variable: ${name}`);
        v.value = value;
      } else vars.push({ name, value });
    }
    return value;
  }

  private command(cmd: Command, dot: unknown, vars: Variable[], final: unknown, hasFinal: boolean): unknown {
    const [first, ...rest] = cmd.args;
    const text = cmd.args.map((a) => a.text).join(' ');
    const args = () => rest.map((a) => this.arg(a, dot, vars));
    switch (first.kind) {
      case 'field':
        return this.chain(dot, first.names, first, args(), final, hasFinal);
      case 'identifier': {
        if (first.name === 'and' || first.name === 'or') {
          const isAnd = first.name === 'and';
          const operands = [
            ...rest.map((a) => () => this.arg(a, dot, vars)),
            ...(hasFinal ? [() => final] : []),
          ];
          if (operands.length === 0)
            this.fail(first.pos, text, `wrong number of args for ${first.name}: want at least 1 got 0`);
          let v: unknown;
          for (const get of operands) {
            v = get();
            if (truth(v) !== isAnd) return v;
          }
          return v;
        }
        const fn = this.funcs[first.name];
        const all = [...args(), ...(hasFinal ? [final] : [])];
        try {
          return fn(...all);
        } catch (e) {
          if (e instanceof FuncError) this.fail(first.pos, text, `error calling ${first.name}: ${e.message}`);
          throw e;
        }
      }
      default: {
        if (rest.length > 0 || hasFinal) {
          if (first.kind === 'variable' || first.kind === 'pipe') {
            // $x.Method arg…
            return this.operandValue(first, dot, vars, args(), final, hasFinal);
          }
          this.fail(first.pos, text, `can't give argument to non-function ${first.text}`);
        }
        return this.operandValue(first, dot, vars, [], undefined, false);
      }
    }
  }

  private arg(a: Operand, dot: unknown, vars: Variable[]): unknown {
    if (a.kind === 'identifier') {
      if (a.name === 'and' || a.name === 'or')
        return this.command({ args: [a], pos: a.pos }, dot, vars, undefined, false);
      try {
        return this.funcs[a.name]();
      } catch (e) {
        if (e instanceof FuncError) this.fail(a.pos, a.text, `error calling ${a.name}: ${e.message}`);
        throw e;
      }
    }
    if (a.kind === 'field') return this.chain(dot, a.names, a, [], undefined, false);
    return this.operandValue(a, dot, vars, [], undefined, false);
  }

  private operandValue(
    a: Operand,
    dot: unknown,
    vars: Variable[],
    args: unknown[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    switch (a.kind) {
      case 'dot':
        return dot;
      case 'literal':
        return a.value;
      case 'variable': {
        const v = [...vars].reverse().find((x) => x.name === a.name);
        if (!v) this.fail(a.pos, a.text, `undefined variable: ${a.name}`);
        return a.names.length ? this.chain(v.value, a.names, a, args, final, hasFinal) : v.value;
      }
      case 'pipe': {
        const v = this.pipeline(a.pipe, dot, vars);
        return a.names.length ? this.chain(v, a.names, a, args, final, hasFinal) : v;
      }
      default:
        return this.arg(a, dot, vars);
    }
  }

  /** Evaluates .A.B.C on `recv`; the last element receives the arguments (a method call). */
  private chain(
    recv: unknown,
    names: string[],
    node: Operand,
    args: unknown[],
    final: unknown,
    hasFinal: boolean,
  ): unknown {
    let cur = recv;
    names.forEach((name, i) => {
      const last = i === names.length - 1;
      const callArgs = last ? [...args, ...(hasFinal ? [final] : [])] : [];
      cur = this.field(cur, name, callArgs, node);
    });
    return cur;
  }

  private field(recv: unknown, name: string, args: unknown[], node: Operand): unknown {
    if (isGoStruct(recv)) {
      const f = recv.field(name);
      if (f === undefined)
        this.fail(node.pos, node.text, `can't evaluate field ${name} in type ${recv.goType}`);
      if (typeof f === 'function') {
        if (f.length !== args.length) {
          this.fail(
            node.pos,
            node.text,
            `wrong number of args for ${name}: want ${f.length} got ${args.length}`,
          );
        }
        return (f as (...a: unknown[]) => unknown)(...args);
      }
      if (args.length > 0)
        this.fail(node.pos, node.text, `${name} has arguments but cannot be invoked as function`);
      return f;
    }
    if (recv === null || recv === undefined || recv === NO_VALUE) {
      this.fail(node.pos, node.text, `nil pointer evaluating interface {}.${name}`);
    }
    if (typeof recv === 'object' && !Array.isArray(recv)) {
      if (args.length > 0) this.fail(node.pos, node.text, `${name} is not a method but has arguments`);
      if (!Object.prototype.hasOwnProperty.call(recv, name)) {
        if (this.missingKey === 'error') this.fail(node.pos, node.text, `map has no entry for key "${name}"`);
        return NO_VALUE;
      }
      const v = (recv as Record<string, unknown>)[name];
      return v === null ? typedNull(name) : v;
    }
    return this.fail(node.pos, node.text, `can't evaluate field ${name} in type ${goTypeName(recv)}`);
  }
}
