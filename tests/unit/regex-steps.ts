/*
 * A deterministic measure of the work regexes do, so a test can prove a scan is linear without timing it
 * (shared machines make timed assertions flaky). V8's engine backtracks; this model runs each pattern as a
 * plain backtracking matcher with an explicit stack and counts one step per instruction, so a pattern
 * that backtracks quadratically on an input shows it in the count. What a single character, ^, $, \b or a
 * lookbehind means (flags i, m, s, u, \p{...}) is left to V8 itself, one step each, so the model agrees
 * with the engine on what matches and only adds the counting.
 *
 * `countRegexSteps(run)` hooks RegExp.prototype.exec while `run` runs: test, match, matchAll, replace,
 * split and search all go through exec once it is replaced (ECMA-262 RegExpExec), so every regex a
 * function uses is counted, including those inside its dependencies.
 */

type Node =
  | { kind: 'char'; re: RegExp }
  | { kind: 'assert'; re: RegExp }
  | { kind: 'look'; negate: boolean; body: Node[][] }
  | { kind: 'group'; body: Node[][] }
  | { kind: 'repeat'; min: number; max: number; greedy: boolean; body: Node };

type Inst =
  | { op: 'char' | 'assert'; re: RegExp }
  | { op: 'look'; negate: boolean; prog: Inst[] }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'match' };

const nativeExec = RegExp.prototype.exec;

/** Pieces of a pattern that V8 evaluates for the model: compiled once per source and flags. */
const pieces = new Map<string, RegExp>();
function piece(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = pieces.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags.replace(/[gyd]/g, '') + 'y');
    pieces.set(key, re);
  }
  return re;
}

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}

  parse(): Node[][] {
    const body = this.alternatives();
    if (this.at !== this.source.length) throw new Error(`regex-steps: cannot read /${this.source}/`);
    return body;
  }

  private alternatives(): Node[][] {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      nodes.push(this.quantified(this.atom()));
    }
    return nodes;
  }

  private quantified(node: Node): Node {
    const rest = this.source.slice(this.at);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    let min: number;
    let max: number;
    if (rest[0] === '*' || rest[0] === '+' || rest[0] === '?') {
      min = rest[0] === '+' ? 1 : 0;
      max = rest[0] === '?' ? 1 : Infinity;
      this.at++;
    } else if (braces !== null) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.at += braces[0].length;
    } else return node;
    const greedy = this.source[this.at] !== '?';
    if (!greedy) this.at++;
    return { kind: 'repeat', min, max, greedy, body: node };
  }

  private atom(): Node {
    const { source } = this;
    const start = this.at;
    const ch = source[this.at];
    if (ch === '(') {
      const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(this.at))?.[0] ?? '(';
      this.at += head.length;
      const body = this.alternatives();
      if (source[this.at] !== ')') throw new Error(`regex-steps: unclosed group in /${source}/`);
      this.at++;
      // V8 reads a lookbehind backwards from the current position; the engine evaluates it whole.
      if (head === '(?<=' || head === '(?<!')
        return { kind: 'assert', re: piece(source.slice(start, this.at), this.flags) };
      if (head === '(?=' || head === '(?!') return { kind: 'look', negate: head === '(?!', body };
      return { kind: 'group', body };
    }
    if (ch === '^' || ch === '$') {
      this.at++;
      return { kind: 'assert', re: piece(ch, this.flags) };
    }
    if (ch === '[') {
      this.at++;
      if (source[this.at] === '^') this.at++;
      while (this.at < source.length && source[this.at] !== ']') this.at += source[this.at] === '\\' ? 2 : 1;
      this.at++;
    } else if (ch === '\\') {
      const escape =
        /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/su.exec(
          source.slice(this.at),
        )?.[0];
      if (escape === undefined || /^\\(?:[1-9]|k<)/.test(source.slice(this.at)))
        throw new Error(`regex-steps: back-references are not modelled (/${source}/)`);
      this.at += escape.length;
      if (escape === '\\b' || escape === '\\B') return { kind: 'assert', re: piece(escape, this.flags) };
    } else {
      const code = source.codePointAt(this.at) ?? 0;
      this.at += code > 0xffff ? 2 : 1;
    }
    return { kind: 'char', re: piece(source.slice(start, this.at), this.flags) };
  }
}

/** True when `nodes` can match the empty string. */
function nullable(nodes: readonly Node[]): boolean {
  return nodes.every((node) => {
    if (node.kind === 'char') return false;
    if (node.kind === 'repeat') return node.min === 0 || nullable([node.body]);
    if (node.kind === 'group') return node.body.some(nullable);
    return true;
  });
}

/** Backtracking bytecode: alternatives and optional repeats are `split`s, tried first-then-second. */
function compile(body: readonly Node[][]): Inst[] {
  const prog: Inst[] = [];
  const emitAlternatives = (options: readonly Node[][]): void => {
    const jumps: Inst[] = [];
    options.forEach((option, i) => {
      const last = i === options.length - 1;
      const split: Inst = { op: 'split', first: prog.length + 1, second: -1 };
      if (!last) prog.push(split);
      option.forEach(emit);
      if (!last) {
        const jump: Inst = { op: 'jump', to: -1 };
        prog.push(jump);
        jumps.push(jump);
        split.second = prog.length;
      }
    });
    for (const jump of jumps) if (jump.op === 'jump') jump.to = prog.length;
  };
  const emit = (node: Node): void => {
    if (node.kind === 'char' || node.kind === 'assert') prog.push({ op: node.kind, re: node.re });
    else if (node.kind === 'look') prog.push({ op: 'look', negate: node.negate, prog: compile(node.body) });
    else if (node.kind === 'group') emitAlternatives(node.body);
    else emitRepeat(node);
  };
  const emitRepeat = (node: Extract<Node, { kind: 'repeat' }>): void => {
    for (let i = 0; i < node.min; i++) emit(node.body);
    const choice = (split: Extract<Inst, { op: 'split' }>, body: number, skip: number): void => {
      split.first = node.greedy ? body : skip;
      split.second = node.greedy ? skip : body;
    };
    if (node.max === Infinity) {
      // ECMAScript stops an iteration that matched nothing; the model refuses such loops rather than spin.
      if (nullable([node.body])) throw new Error('regex-steps: a repeat whose body may be empty');
      const loop = prog.length;
      const split: Extract<Inst, { op: 'split' }> = { op: 'split', first: 0, second: 0 };
      prog.push(split);
      emit(node.body);
      prog.push({ op: 'jump', to: loop });
      choice(split, loop + 1, prog.length);
      return;
    }
    // x{0,3} is (x(x(x)?)?)?: each optional copy, once refused, ends the repeat.
    const splits: Extract<Inst, { op: 'split' }>[] = [];
    const bodies: number[] = [];
    for (let i = node.min; i < node.max; i++) {
      const split: Extract<Inst, { op: 'split' }> = { op: 'split', first: 0, second: 0 };
      prog.push(split);
      splits.push(split);
      bodies.push(prog.length);
      emit(node.body);
    }
    splits.forEach((split, i) => choice(split, bodies[i] ?? 0, prog.length));
  };
  emitAlternatives(body);
  prog.push({ op: 'match' });
  return prog;
}

class StepLimitExceeded extends Error {}

interface Budget {
  steps: number;
  limit: number;
}

/** Runs `prog` at `from`: the end of the first match the backtracking order finds, or -1. */
function run(prog: readonly Inst[], input: string, from: number, budget: Budget): number {
  const stack: number[] = [0, from];
  while (stack.length > 0) {
    let at = stack.pop() ?? 0;
    let pc = stack.pop() ?? 0;
    for (;;) {
      if (++budget.steps > budget.limit) throw new StepLimitExceeded();
      const inst = prog[pc];
      if (inst === undefined || inst.op === 'match') return at;
      if (inst.op === 'split') {
        stack.push(inst.second, at);
        pc = inst.first;
      } else if (inst.op === 'jump') pc = inst.to;
      else if (inst.op === 'look') {
        if (run(inst.prog, input, at, budget) >= 0 === inst.negate) break;
        pc++;
      } else {
        inst.re.lastIndex = at;
        const found = nativeExec.call(inst.re, input);
        if (found === null) break;
        at += found[0].length;
        pc++;
      }
    }
  }
  return -1;
}

const programs = new Map<string, Inst[]>();
function programOf(re: RegExp): Inst[] {
  const key = `${re.flags}/${re.source}`;
  let prog = programs.get(key);
  if (prog === undefined) {
    prog = compile(new Parser(re.source, re.flags).parse());
    programs.set(key, prog);
  }
  return prog;
}

/** The search one call of `re.exec(input)` makes: an attempt at each position until one matches. */
function execSteps(re: RegExp, input: string, budget: Budget): void {
  const prog = programOf(re);
  const sticky = re.sticky;
  let from = re.global || sticky ? re.lastIndex : 0;
  if (from > input.length) return;
  for (; from <= input.length; from++) {
    if (run(prog, input, from, budget) >= 0 || sticky) return;
  }
}

export interface RegexWork<T> {
  value: T;
  steps: number;
  /** Steps by pattern, most first: where to look when a count grows too fast. */
  bySource: [string, number][];
}

/**
 * Runs `fn` and counts the steps its regexes take. Past `limit` steps it throws, naming the costliest
 * patterns, so a super-linear scan fails fast instead of running for minutes under the model.
 */
export function countRegexSteps<T>(fn: () => T, limit = Infinity): RegexWork<T> {
  const budget: Budget = { steps: 0, limit };
  const bySource = new Map<string, number>();
  let inside = false;
  const hooked = function (this: RegExp, input: string): RegExpExecArray | null {
    if (!inside) {
      inside = true;
      const before = budget.steps;
      try {
        execSteps(this, String(input), budget);
      } finally {
        bySource.set(this.source, (bySource.get(this.source) ?? 0) + budget.steps - before);
        inside = false;
      }
    }
    return nativeExec.call(this, input);
  };
  const sorted = (): [string, number][] => [...bySource].sort((a, b) => b[1] - a[1]);
  RegExp.prototype.exec = hooked;
  try {
    const value = fn();
    return { value, steps: budget.steps, bySource: sorted() };
  } catch (error) {
    if (!(error instanceof StepLimitExceeded)) throw error;
    const top = sorted()
      .slice(0, 3)
      .map(([source, steps]) => `${steps} steps: /${source.slice(0, 160)}/`);
    throw new Error(`regex work over the limit of ${limit} steps; costliest:\n${top.join('\n')}`, {
      cause: error,
    });
  } finally {
    RegExp.prototype.exec = nativeExec;
  }
}

/**
 * Counts the steps of `fn(make(n))` and of `fn(make(scale * n))` and returns their ratio: about `scale`
 * for linear work, about scale² for quadratic. The larger run is cut off at `maxRatio` times the smaller.
 */
export function workRatio(
  make: (n: number) => string,
  fn: (text: string) => unknown,
  n: number,
  options: { scale?: number; maxRatio?: number } = {},
): number {
  const scale = options.scale ?? 4;
  const maxRatio = options.maxRatio ?? 1.5 * scale;
  const smallText = make(n);
  const largeText = make(scale * n);
  const small = countRegexSteps(() => fn(smallText)).steps;
  const large = countRegexSteps(() => fn(largeText), Math.max(1000, maxRatio * small)).steps;
  return large / Math.max(1, small);
}
