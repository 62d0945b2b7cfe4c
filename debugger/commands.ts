// The debugger's command language: each command with its pdb/gdb-style abbreviations and help text,
// parsing of a command line, Enter repeating the last command, and `Debugger.execute(line)`, which
// returns exactly the text to print. No I/O here (the CLI in cli/commands/debug.ts does the terminal),
// so tests drive it in-process.

import type { Trace } from '../schema/trace.js';
import { Session } from './session.js';
import {
  DebugError, disAround, frameLine, globals, history, listSource, locals, output, printExpr, valueStack, where,
} from './inspect.js';
import { resolveName } from './scope.js';
import { parseCondition, type Condition } from './condition.js';
import { stopName, stopWhere, type Stop } from './stops.js';

interface Command {
  name: string;
  aliases: string[];
  usage: string;
  help: string;
  /** Commands that Enter repeats (movement); others (print, break ...) are repeated too, as pdb does. */
  run(d: Debugger, arg: string): string;
}

const COMMANDS: Command[] = [
  { name: 'stepi', aliases: ['si'], usage: 'stepi', help: 'Go forward one instruction (one step of the trace).', run: (d) => d.session.stepi(false) },
  { name: 'rstepi', aliases: ['rsi'], usage: 'rstepi', help: 'Go back one instruction.', run: (d) => d.session.stepi(true) },
  { name: 'step', aliases: ['s'], usage: 'step', help: 'Go forward to the next line, entering calls and leaving returns.', run: (d) => d.session.stepLine(false) },
  { name: 'rstep', aliases: ['rs'], usage: 'rstep', help: 'Go back to the start of the previous line, in whatever frame ran it.', run: (d) => d.session.stepLine(true) },
  { name: 'next', aliases: ['n'], usage: 'next', help: 'Go forward to the next line of this frame, over calls; at its end, to the caller.', run: (d) => d.session.next(false) },
  { name: 'rnext', aliases: ['rn'], usage: 'rnext', help: 'Go back to the start of the previous line of this frame, over calls; at its first line, to the caller.', run: (d) => d.session.next(true) },
  { name: 'until', aliases: ['unt'], usage: 'until [LINE]', help: 'Go forward to the next line of this frame numbered greater than the current one (at least LINE when given), or to the caller if the frame returns first: out of a loop in one move.', run: (d, a) => d.untilCmd(a, false) },
  { name: 'runtil', aliases: ['runt'], usage: 'runtil [LINE]', help: 'Go back to the last line of this frame numbered less than the current one (at most LINE when given), or to the caller\'s step that called it.', run: (d, a) => d.untilCmd(a, true) },
  { name: 'finish', aliases: ['fin', 'return', 'r'], usage: 'finish', help: 'Go forward until the selected frame returns (or yields): to the caller, after the return.', run: (d) => d.session.finish(false) },
  { name: 'rfinish', aliases: ['rfin'], usage: 'rfinish', help: 'Go back to the caller\'s step that called the selected frame.', run: (d) => d.session.finish(true) },
  { name: 'continue', aliases: ['c', 'cont'], usage: 'continue', help: 'Go forward to the next breakpoint or watchpoint hit (or the end of the trace).', run: (d) => d.session.cont(false) },
  { name: 'rcontinue', aliases: ['rc', 'rcont'], usage: 'rcontinue', help: 'Go back to the previous breakpoint or watchpoint hit (or the start of the trace).', run: (d) => d.session.cont(true) },
  { name: 'goto', aliases: ['g', 'j', 'jump'], usage: 'goto N', help: 'Go to step N (1 is the first).', run: (d, a) => d.gotoCmd(a) },
  { name: 'start', aliases: [], usage: 'start', help: 'Go to the first step.', run: (d) => (d.session.step === 1 ? 'already at the first step\n' : d.session.goto(1)) },
  { name: 'end', aliases: [], usage: 'end', help: 'Go to the last step.', run: (d) => (d.session.step === d.session.end ? `already at the last step (${d.session.end})\n` : d.session.goto(d.session.end)) },
  { name: 'break', aliases: ['b'], usage: 'break [LINE | FILE:LINE | FUNCTION] [, COND]', help: 'Stop at a line of the current file, a line of a file, or the start of a function; with COND (as in condition), only where it holds. Without an argument, list the breakpoints.', run: (d, a) => d.breakCmd(a, false) },
  { name: 'tbreak', aliases: ['tb'], usage: 'tbreak [LINE | FILE:LINE | FUNCTION] [, COND]', help: 'Set a temporary breakpoint: as break, but it is deleted the first time continue or rcontinue stops at it.', run: (d, a) => d.breakCmd(a, true) },
  { name: 'watch', aliases: ['wa'], usage: 'watch NAME', help: 'Stop wherever NAME (as the selected frame resolves it: local, cell, namespace or global) is written, going either way.', run: (d, a) => d.watchCmd(a) },
  { name: 'clear', aliases: ['cl', 'delete'], usage: 'clear [N]', help: 'Delete breakpoint or watchpoint N, or all of them.', run: (d, a) => d.clearCmd(a) },
  { name: 'disable', aliases: ['disa'], usage: 'disable [N ...]', help: 'Disable the breakpoints or watchpoints numbered N (all of them when no number is given). Continue and rcontinue pass them until they are enabled again.', run: (d, a) => d.enableCmd(a, false) },
  { name: 'enable', aliases: ['en'], usage: 'enable [N ...]', help: 'Enable the breakpoints or watchpoints numbered N (all of them when no number is given).', run: (d, a) => d.enableCmd(a, true) },
  { name: 'condition', aliases: ['cond'], usage: 'condition N [COND]', help: 'Stop at breakpoint or watchpoint N only where COND holds; without COND, remove its condition. COND compares a name, or a .attr / [item] path as print takes, with ==, !=, <, >, <= or >= to a literal number, string, True, False or None (x > 3, p.name == \'a\', xs[0] != None). It is checked on the recorded values of the frame that hits it: no code is run.', run: (d, a) => d.conditionCmd(a) },
  { name: 'ignore', aliases: [], usage: 'ignore N [COUNT]', help: 'Pass the next COUNT crossings of breakpoint or watchpoint N. Only crossings where its condition holds count, in whichever direction continue or rcontinue goes; COUNT 0 (the default) stops at the next one.', run: (d, a) => d.ignoreCmd(a) },
  { name: 'info', aliases: ['i'], usage: 'info breakpoints', help: 'List the breakpoints and watchpoints: temporary (del) or not (keep), enabled or not, conditions, ignore counts and hits (also: info b, info watch).', run: (d, a) => d.infoCmd(a) },
  { name: 'print', aliases: ['p'], usage: 'print EXPR', help: 'Show a value as of this step: NAME, NAME.attr, NAME[0], NAME[\'key\'] and paths of those, as recorded. No code is run.', run: (d, a) => printExpr(d.session.trace, d.session.frame(), a, d.session.step) },
  { name: 'locals', aliases: ['loc'], usage: 'locals', help: 'Show the selected frame\'s local variables as of this step.', run: (d) => locals(d.session.trace, d.session.frame(), d.session.step) },
  { name: 'globals', aliases: ['glo'], usage: 'globals', help: 'Show the module\'s global variables as of this step.', run: (d) => globals(d.session.trace, d.session.frame(), d.session.step) },
  { name: 'stack', aliases: ['st'], usage: 'stack', help: 'Show the value stack after this step\'s instruction, bottom first.', run: (d) => valueStack(d.session.trace, d.session.step) },
  { name: 'where', aliases: ['w', 'bt', 'backtrace'], usage: 'where', help: 'Show the frames, the outermost first; > marks the selected one.', run: (d) => where(d.session.trace, d.session.callStack(), d.session.selected, d.session.step) },
  { name: 'up', aliases: ['u'], usage: 'up [N]', help: 'Select the frame N levels towards the outermost (the caller).', run: (d, a) => d.frameCmd(true, a) },
  { name: 'down', aliases: ['d'], usage: 'down [N]', help: 'Select the frame N levels towards the newest.', run: (d, a) => d.frameCmd(false, a) },
  { name: 'list', aliases: ['l'], usage: 'list [LINE | FIRST, LAST]', help: 'Show source around the selected frame\'s line (or LINE, or a range); -> marks it, B marks breakpoints.', run: (d, a) => d.listCmd(a) },
  { name: 'dis', aliases: ['disassemble'], usage: 'dis [N]', help: 'Show the bytecode around this step\'s instruction (N instructions each side, default 6); --> marks it.', run: (d, a) => d.disCmd(a) },
  { name: 'output', aliases: ['out'], usage: 'output', help: 'Show what the program had printed by this step.', run: (d) => output(d.session.trace, d.session.step) },
  { name: 'history', aliases: ['hist'], usage: 'history NAME', help: 'Show every write of NAME (resolved as watch does), with its step and value; -> marks a write at this step.', run: (d, a) => d.historyCmd(a) },
  { name: 'help', aliases: ['h', '?'], usage: 'help [COMMAND]', help: 'List the commands, or explain one.', run: (d, a) => helpText(a) },
  { name: 'quit', aliases: ['q', 'exit'], usage: 'quit', help: 'Leave the debugger.', run: (d) => d.quit() },
];

export function findCommand(word: string): Command | null {
  const w = word.toLowerCase();
  for (const c of COMMANDS) if (c.name === w || c.aliases.includes(w)) return c;
  // Any unambiguous prefix of a command name, as gdb allows.
  const matches = COMMANDS.filter((c) => c.name.startsWith(w));
  return matches.length === 1 ? matches[0] : null;
}

function helpText(arg: string): string {
  const word = arg.trim();
  if (word === '') {
    let out = 'Commands (abbreviations in brackets); help COMMAND for more:\n';
    for (const c of COMMANDS) {
      const head = c.usage + (c.aliases.length > 0 ? ` [${c.aliases.join(', ')}]` : '');
      out += `  ${head.padEnd(50)} ${c.help.split('. ')[0].replace(/\.$/, '')}\n`;
    }
    out += 'Enter repeats the last command. Values are as recorded: no code of the program is run.\n';
    return out;
  }
  const c = findCommand(word);
  if (c === null) return `*** No help for '${word}': unknown command\n`;
  return `${c.usage}${c.aliases.length > 0 ? `  (also: ${c.aliases.join(', ')})` : ''}\n    ${c.help}\n`;
}

export class Debugger {
  readonly session: Session;
  private last: string | null = null;
  done = false;

  constructor(trace: Trace) {
    this.session = new Session(trace);
  }

  /** What the debugger shows when it opens. */
  banner(): string {
    const t = this.session.trace;
    // A trace recorded before the frame_runs index still works, by scans whose cost grows with the distance.
    const note = t.hasFrameRuns() ? '' : 'note: this trace predates the frame_runs index: next/finish over long generator runs scan the steps in between (record it again to index them)\n';
    return `pyrewind debugger: ${t.stepCount} steps recorded (${t.meta.status ?? 'unknown'}). Type help for the commands.\n${note}${this.session.here()}`;
  }

  /** Run one command line; returns the text to print (empty for nothing). */
  execute(line: string): string {
    let text = line.trim();
    if (text === '') {
      if (this.last === null) return '';
      text = this.last;
    }
    const m = /^(\S+)\s*(.*)$/.exec(text)!;
    const cmd = findCommand(m[1]);
    if (cmd === null) return `*** Unknown command: '${m[1]}' (type help for the list)\n`;
    this.last = text;
    try {
      return cmd.run(this, m[2]);
    } catch (e) {
      if (e instanceof DebugError) return `*** ${e.message}\n`;
      throw e;
    }
  }

  quit(): string {
    this.done = true;
    return '';
  }

  untilCmd(arg: string, backward: boolean): string {
    const a = arg.trim();
    if (a !== '' && !/^\d+$/.test(a)) return `*** usage: ${backward ? 'runtil' : 'until'} [LINE] (a line number)\n`;
    return this.session.until(backward, a === '' ? null : Number(a));
  }

  gotoCmd(arg: string): string {
    const a = arg.trim().replace(/_/g, '');
    if (!/^-?\d+$/.test(a)) return `*** usage: goto N (a step number between 1 and ${this.session.end})\n`;
    return this.session.goto(Number(a));
  }

  breakCmd(arg: string, temporary: boolean): string {
    let a = arg.trim();
    if (a === '') return this.infoCmd('breakpoints');
    // `break LOCATION, COND`: the condition is checked (parsed) before the breakpoint is set.
    let condition: Condition | null = null;
    const comma = a.indexOf(',');
    if (comma >= 0) {
      condition = parseCondition(a.slice(comma + 1));
      a = a.slice(0, comma).trim();
    }
    const t = this.session.trace;
    const kind = temporary ? 'Temporary breakpoint' : 'Breakpoint';
    const colon = /^(.+):(\d+)$/.exec(a);
    if (colon !== null || /^\d+$/.test(a)) {
      let fileId: number;
      let path: string;
      let line: number;
      if (colon === null) {
        const f = this.session.frame();
        fileId = f.fileId;
        path = f.path;
        line = Number(a);
      } else {
        const want = colon[1];
        const files = t.fileList();
        const file = files.find((f) => f.path === want) ?? files.find((f) => f.path.endsWith(`/${want}`));
        if (file === undefined) return `*** no file '${want}' in this trace\n`;
        fileId = file.fileId;
        path = file.path;
        line = Number(colon[2]);
      }
      const instrIds = t.lineInstrIds(fileId, line);
      if (instrIds.length === 0) return `*** line ${line} of ${path} has no code (blank, a comment, or never compiled)\n`;
      const s = this.session.stops.add({ kind: 'line', fileId, path, line, instrIds, temporary, condition });
      return `${kind} ${s.id} at ${path}:${line}\n`;
    }
    if (!/^[A-Za-z_][\w.<>]*$/.test(a)) return `*** usage: ${temporary ? 'tbreak' : 'break'} LINE, ${temporary ? 'tbreak' : 'break'} FILE:LINE or ${temporary ? 'tbreak' : 'break'} FUNCTION, with an optional ', COND' after it\n`;
    const codeIds = t.codeIdsNamed(a);
    if (codeIds.length === 0) return `*** no function '${a}' in this trace\n`;
    const s = this.session.stops.add({ kind: 'function', name: a, codeIds, temporary, condition });
    return `${kind} ${s.id} at function ${a}\n`;
  }

  /** The stop numbered by `word`, or a DebugError saying why not. */
  private stopNumbered(word: string, usage: string): Stop {
    if (!/^\d+$/.test(word)) throw new DebugError(`usage: ${usage}`);
    const s = this.session.stops.get(Number(word));
    if (s === undefined) throw new DebugError(`no breakpoint or watchpoint number ${word}`);
    return s;
  }

  enableCmd(arg: string, enable: boolean): string {
    const words = arg.trim().split(/\s+/).filter((w) => w !== '');
    const usage = `${enable ? 'enable' : 'disable'} [N ...]`;
    const stops = words.length === 0 ? [...this.session.stops.all()] : words.map((w) => this.stopNumbered(w, usage));
    if (stops.length === 0) return 'no breakpoints or watchpoints\n';
    let out = '';
    for (const s of stops) {
      s.enabled = enable;
      out += `${enable ? 'Enabled' : 'Disabled'} ${stopName(s)}\n`;
    }
    return out;
  }

  conditionCmd(arg: string): string {
    const m = /^(\S+)\s*(.*)$/.exec(arg.trim());
    if (m === null) return '*** usage: condition N [COND]\n';
    const s = this.stopNumbered(m[1], 'condition N [COND]');
    const what = s.kind === 'watch' ? 'watchpoint' : 'breakpoint';
    if (m[2].trim() === '') {
      s.condition = null;
      return `${what[0].toUpperCase()}${what.slice(1)} ${s.id} is now unconditional.\n`;
    }
    s.condition = parseCondition(m[2]);
    return `New condition set for ${what} ${s.id}.\n`;
  }

  ignoreCmd(arg: string): string {
    const m = /^(\S+)\s*(\S*)$/.exec(arg.trim());
    if (m === null || (m[2] !== '' && !/^\d+$/.test(m[2]))) return '*** usage: ignore N [COUNT] (COUNT a whole number, default 0)\n';
    const s = this.stopNumbered(m[1], 'ignore N [COUNT]');
    const count = m[2] === '' ? 0 : Number(m[2]);
    s.ignore = count;
    const what = `${s.kind === 'watch' ? 'watchpoint' : 'breakpoint'} ${s.id}`;
    if (count === 0) return `Will stop next time ${what} is reached.\n`;
    return count === 1 ? `Will ignore next crossing of ${what}.\n` : `Will ignore next ${count} crossings of ${what}.\n`;
  }

  watchCmd(arg: string): string {
    const name = arg.trim();
    if (!/^[A-Za-z_]\w*$/.test(name)) return '*** usage: watch NAME (a variable name)\n';
    const r = resolveName(this.session.trace, this.session.frame(), name, this.session.step);
    if (r === null) return `*** no variable '${name}' is ever written in this trace\n`;
    if (this.session.trace.adjacentWrite(r.scopeId, r.nameId, 0, false) === null) {
      return `*** '${name}' is never written as a ${r.label} of this frame (select the frame that uses it with up/down)\n`;
    }
    const s = this.session.stops.add({ kind: 'watch', name, nameId: r.nameId, scopeId: r.scopeId, scopeLabel: r.label });
    return `Watchpoint ${s.id}: ${name} (${r.label})\n`;
  }

  clearCmd(arg: string): string {
    const a = arg.trim();
    if (a === '') {
      const n = this.session.stops.all().length;
      this.session.stops.remove();
      return n === 0 ? 'no breakpoints or watchpoints to delete\n' : `deleted all breakpoints and watchpoints (${n})\n`;
    }
    if (!/^\d+$/.test(a)) return '*** usage: clear [N]\n';
    return this.session.stops.remove(Number(a)) ? `deleted ${a}\n` : `*** no breakpoint or watchpoint number ${a}\n`;
  }

  infoCmd(arg: string): string {
    const a = arg.trim();
    if (!['b', 'break', 'breakpoints', 'breaks', 'watch', 'watchpoints'].includes(a)) return '*** usage: info breakpoints\n';
    const all = this.session.stops.all();
    if (all.length === 0) return 'no breakpoints or watchpoints\n';
    // pdb's table: number, type, disposition (del: temporary), enabled, where; then conditions and counts.
    let out = 'Num  Type        Disp Enb  What\n';
    for (const s of all) {
      out += `${String(s.id).padEnd(4)} ${(s.kind === 'watch' ? 'watchpoint' : 'breakpoint').padEnd(11)} ${s.temporary ? 'del ' : 'keep'} ${s.enabled ? 'yes' : 'no '}  ${stopWhere(s)}\n`;
      if (s.condition !== null) out += `        stop only if ${s.condition.text}\n`;
      if (s.ignore > 0) out += `        ignore next ${s.ignore} hit${s.ignore === 1 ? '' : 's'}\n`;
      if (s.hits > 0) out += `        ${s.kind === 'watch' ? 'watchpoint' : 'breakpoint'} already hit ${s.hits} time${s.hits === 1 ? '' : 's'}\n`;
    }
    return out;
  }

  frameCmd(up: boolean, arg: string): string {
    const a = arg.trim();
    if (a !== '' && !/^\d+$/.test(a)) return `*** usage: ${up ? 'up' : 'down'} [N]\n`;
    return this.session.selectFrame(up, a === '' ? 1 : Number(a));
  }

  listCmd(arg: string): string {
    const s = this.session;
    const stack = s.callStack();
    const f = s.frame();
    const line = frameLine(s.trace, stack, Math.min(s.selected, stack.length - 1), s.step);
    const a = arg.trim();
    let first: number;
    let last: number;
    const range = /^(\d+)\s*,\s*(\d+)$/.exec(a);
    if (range !== null) {
      first = Number(range[1]);
      last = Number(range[2]);
    } else if (/^\d+$/.test(a)) {
      first = Number(a) - 5;
      last = Number(a) + 5;
    } else if (a === '') {
      const at = line !== null && line > 0 ? line : 1;
      first = at - 5;
      last = at + 5;
    } else {
      return '*** usage: list [LINE | FIRST, LAST]\n';
    }
    return listSource(s.trace, f.fileId, first, last, line, s.stops.linesOf(f.fileId));
  }

  disCmd(arg: string): string {
    const a = arg.trim();
    if (a !== '' && !/^\d+$/.test(a)) return '*** usage: dis [N]\n';
    const s = this.session;
    const stack = s.callStack();
    const index = Math.min(s.selected, stack.length - 1);
    const at = index === stack.length - 1 ? s.step : stack[index + 1].callStep;
    const info = s.trace.step(at)!;
    const code = s.trace.code(info.codeId);
    return `${code.qualname} (${s.frame().path}, line ${code.firstLine}):\n${disAround(s.trace.instructions(info.codeId), info.offset, a === '' ? 6 : Number(a))}`;
  }

  historyCmd(arg: string): string {
    const name = arg.trim();
    if (!/^[A-Za-z_]\w*$/.test(name)) return '*** usage: history NAME (a variable name)\n';
    return history(this.session.trace, this.session.frame(), name, this.session.step);
  }
}
