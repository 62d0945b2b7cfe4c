// The viewer app: loads the trace's meta, shows one step at a time (source, bytecode, value stack, call
// stack, globals, output), and travels through the run by keys, buttons, breakpoints, variable writes and
// the timeline (brushed to zoom). The bytecode pane has a second tab, the control-flow graph of the current
// code object with the run's edge counts; the toolbar exports the flow diagram of a step range (SVG, HTML).
// The step is kept in the URL (#step=N). All program values are written as text.

import './style.css';
import type { MetaJson, StepJson, VariableJson } from '../server/api_types.js';
import { api } from './api_client.js';
import { SourceView } from './source_view.js';
import { BytecodeView } from './bytecode_view.js';
import { StackView } from './stack_view.js';
import { renderFrames, renderVariables } from './frames_view.js';
import { Timeline, type TimelineMode } from './timeline.js';
import { installShortcuts } from './keys.js';
import { ObjectExpander } from './object_view.js';
import { CfgView } from './cfg_view.js';
import { ExportLinks } from './export_links.js';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const breakpoints = new Set<string>();
const bpKey = (fileId: number, line: number): string => `${fileId}:${line}`;

let meta: MetaJson;
let current: StepJson | null = null;
let wanted: number | null = null;
let loading = false;
const files = new Map<number, Promise<{ source: string | null; path: string }>>();

const source = new SourceView(
  byId('source'),
  (f, l) => breakpoints.has(bpKey(f, l)),
  (f, l) => {
    const k = bpKey(f, l);
    if (breakpoints.has(k)) breakpoints.delete(k);
    else breakpoints.add(k);
    source.refreshBreakpoints();
    say(breakpoints.has(k) ? `breakpoint set on line ${l}` : `breakpoint removed from line ${l}`);
  },
);
const bytecode = new BytecodeView(byId('bytecode'), byId('code-name'));
const stack = new StackView(byId('stack'));
const objects = new ObjectExpander(() => current?.step ?? null);
const timeline = new Timeline(
  byId<HTMLCanvasElement>('timeline'),
  byId<HTMLCanvasElement>('timeline-overview'),
  document.getElementById('timeline-brush') as unknown as SVGSVGElement,
  (from, to, buckets) => api.timelineRange(from, to, buckets),
  (n) => goTo(n),
);
const cfg = new CfgView(byId('cfg'));
let cfgWanted: number | null = null;
const exports = new ExportLinks(
  byId<HTMLInputElement>('export-from'), byId<HTMLInputElement>('export-to'),
  byId<HTMLAnchorElement>('export-svg'), byId<HTMLAnchorElement>('export-html'), byId('export-note'),
);
timeline.onZoom = (from, to, zoomed) => {
  byId('timeline-range').textContent = zoomed ? `steps ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')}` : '';
  byId<HTMLButtonElement>('timeline-zoom-out').disabled = !zoomed;
  if (zoomed) exports.offerRange(from, to);
};

/** The tab shown in the bytecode pane. */
function showTab(which: 'bytecode' | 'cfg'): void {
  const isCfg = which === 'cfg';
  byId('bytecode').hidden = isCfg;
  byId('cfg').hidden = !isCfg;
  byId('tab-bytecode').classList.toggle('active', !isCfg);
  byId('tab-cfg').classList.toggle('active', isCfg);
  if (isCfg && current !== null) void showCfg(current.codeId, current.instruction.offset);
}

/** Loads (once per code object; the server counts it) and marks the control-flow graph. */
async function showCfg(codeId: number, offset: number): Promise<void> {
  if (cfg.shownCodeId === codeId) {
    cfg.mark(offset);
    return;
  }
  if (cfgWanted === codeId) return;
  cfgWanted = codeId;
  cfg.clear('counting the edges…');
  try {
    const g = await api.cfg(codeId);
    if (cfgWanted !== codeId) return;
    cfg.setGraph(g);
    if (current !== null && current.codeId === codeId) cfg.mark(current.instruction.offset);
    document.body.dataset.cfg = String(codeId);
  } catch (e) {
    cfg.clear(`cannot draw the graph: ${(e as Error).message}`);
  } finally {
    if (cfgWanted === codeId) cfgWanted = null;
  }
}

function say(text: string): void {
  byId('status').textContent = text;
}

function fileOf(fileId: number): Promise<{ source: string | null; path: string }> {
  let f = files.get(fileId);
  if (f === undefined) {
    f = api.file(fileId);
    files.set(fileId, f);
  }
  return f;
}

/** Travels to step `n`; while a step is loading, only the latest wanted step is fetched next. */
function goTo(n: number): void {
  if (!Number.isFinite(n)) return;
  wanted = Math.min(Math.max(1, Math.round(n)), Math.max(1, meta.stepCount));
  if (!loading) void load();
}

async function load(): Promise<void> {
  loading = true;
  try {
    while (wanted !== null) {
      const n = wanted;
      wanted = null;
      if (current !== null && current.step === n) continue;
      const state = await api.step(n);
      const file = await fileOf(state.fileId);
      if (bytecode.shownCodeId !== state.codeId) bytecode.setCode(await api.code(state.codeId));
      render(state, file);
    }
  } catch (e) {
    say(`error: ${(e as Error).message}`);
    console.error(e);
  } finally {
    loading = false;
  }
}

function render(state: StepJson, file: { source: string | null; path: string }): void {
  const previous = current;
  current = state;
  byId<HTMLInputElement>('step-input').value = String(state.step);
  byId('source-path').textContent = file.path;
  source.setFile(state.fileId, file.source);
  source.highlight(state.instruction);
  bytecode.mark(state.instruction.offset);
  if (!byId('cfg').hidden) void showCfg(state.codeId, state.instruction.offset);
  exports.atStep(state.step);
  const ins = state.instruction;
  byId('current-instruction').textContent =
    `step ${state.step}: line ${ins.line ?? '-'}  ${ins.opname}${ins.arg === null ? '' : ' ' + ins.arg}${ins.argrepr === '' ? '' : ' (' + ins.argrepr + ')'}`;
  // Animate neighbouring steps only: a long jump just shows the new stack.
  stack.render(state.stack, previous !== null && Math.abs(previous.step - state.step) === 1 && previous.frameId === state.frameId);
  renderFrames(byId('frames'), state.frames, travelToWrite, objects);
  // The module's frame already lists its globals when it is on the call stack.
  const listed = state.frames[0]?.localsAreGlobals === true;
  byId('globals-section').hidden = listed;
  if (!listed) renderVariables(byId('globals'), state.globals, travelToWrite, objects);
  const out = byId('output');
  const err = document.createElement('span');
  err.className = 'stderr';
  err.textContent = state.output.stderr;
  out.replaceChildren(document.createTextNode(state.output.stdout), err);
  out.scrollTop = out.scrollHeight;
  const ex = state.exceptions[0];
  say(ex === undefined ? '' : `${ex.value.type} ${ex.kind}${ex.caught ? ' (caught here)' : ''}: ${ex.value.repr}`);
  timeline.setStep(state.step);
  history.replaceState(null, '', `#step=${state.step}`);
  // For tests and scripts: the step the page shows, once everything above is drawn.
  document.body.dataset.step = String(state.step);
}

async function travel(what: string, back: boolean, extra: Record<string, string> = {}, none = 'no further step that way'): Promise<void> {
  if (current === null) return;
  const { step } = await api.find(what, current.step, back, extra);
  if (step === null) say(none);
  else goTo(step);
}

function travelToWrite(v: VariableJson, back: boolean): void {
  void travel('write', back, { scope: String(v.scopeId), name: String(v.nameId) },
    back ? `no earlier write of ${v.name}` : `no later write of ${v.name}`);
}

function continueTo(back: boolean): void {
  if (breakpoints.size === 0) {
    say('no breakpoints: click a line number to set one');
    return;
  }
  void travel('breakpoint', back, { points: [...breakpoints].join(',') }, back ? 'no breakpoint hit before this step' : 'no breakpoint hit after this step');
}

function toggleBreakpointHere(): void {
  if (current?.instruction.line == null) return;
  const k = bpKey(current.fileId, current.instruction.line);
  if (breakpoints.has(k)) breakpoints.delete(k);
  else breakpoints.add(k);
  source.refreshBreakpoints();
}

function stepFromHash(): number | null {
  const m = /(?:^#|&)step=(\d+)/.exec(location.hash);
  return m === null ? null : Number(m[1]);
}

function toggleHelp(show?: boolean): void {
  const help = byId('help');
  help.hidden = show === undefined ? !help.hidden : !show;
}

const actions = {
  forward: () => void travel('instruction', false, {}, 'this is the last step'),
  back: () => void travel('instruction', true, {}, 'this is the first step'),
  line: () => void travel('line', false),
  lineBack: () => void travel('line', true),
  over: () => void travel('over', false),
  overBack: () => void travel('over', true),
  out: () => void travel('out', false, {}, 'no caller to return to'),
  outBack: () => void travel('out', true, {}, 'this frame has no recorded caller'),
  cont: () => continueTo(false),
  contBack: () => continueTo(true),
  first: () => goTo(1),
  last: () => goTo(meta.stepCount),
};

async function start(): Promise<void> {
  meta = await api.meta();
  byId('step-count').textContent = String(meta.stepCount);
  exports.setStepCount(meta.stepCount);
  byId('script').textContent = meta.script ?? '';
  document.title = `pyrewind: ${meta.script ?? 'trace'}`;
  const input = byId<HTMLInputElement>('step-input');
  input.max = String(meta.stepCount);
  input.addEventListener('change', () => goTo(Number(input.value)));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      goTo(Number(input.value));
      input.blur();
    }
  });
  const buttons: [string, () => void][] = [
    ['btn-first', actions.first], ['btn-cont-back', actions.contBack], ['btn-out-back', actions.outBack],
    ['btn-over-back', actions.overBack], ['btn-line-back', actions.lineBack], ['btn-back', actions.back],
    ['btn-forward', actions.forward], ['btn-line', actions.line], ['btn-over', actions.over], ['btn-out', actions.out],
    ['btn-cont', actions.cont], ['btn-last', actions.last], ['btn-help', () => toggleHelp()],
    ['tab-bytecode', () => showTab('bytecode')], ['tab-cfg', () => showTab('cfg')], ['timeline-zoom-out', () => timeline.zoomOut()],
  ];
  for (const [id, run] of buttons) byId(id).addEventListener('click', run);
  byId('help').addEventListener('click', () => toggleHelp(false));
  installShortcuts([
    { keys: ['ArrowRight'], label: 'next instruction', run: actions.forward },
    { keys: ['ArrowLeft'], label: 'previous instruction', run: actions.back },
    { keys: ['ArrowDown', 'j'], label: 'next line (into calls)', run: actions.line },
    { keys: ['ArrowUp', 'k'], label: 'previous line', run: actions.lineBack },
    { keys: ['n'], label: 'step over: next line of this function', run: actions.over },
    { keys: ['N', 'p'], label: 'step over backward', run: actions.overBack },
    { keys: ['o'], label: 'step out: to the caller, after the return', run: actions.out },
    { keys: ['O'], label: 'step out backward: to the call', run: actions.outBack },
    { keys: ['c'], label: 'continue to the next breakpoint', run: actions.cont },
    { keys: ['C'], label: 'continue backward to the previous breakpoint', run: actions.contBack },
    { keys: ['b'], label: 'toggle a breakpoint on the current line', run: toggleBreakpointHere },
    { keys: ['g'], label: 'jump to a step (type it, Enter)', run: () => { input.focus(); input.select(); } },
    { keys: ['f'], label: 'show the control-flow graph or the bytecode', run: () => showTab(byId('cfg').hidden ? 'cfg' : 'bytecode') },
    { keys: ['z'], label: 'timeline: zoom out to the whole run', run: () => timeline.zoomOut() },
    { keys: ['Home'], label: 'first step', run: actions.first },
    { keys: ['End'], label: 'last step', run: actions.last },
    { keys: ['?'], label: 'show or hide this help', run: () => toggleHelp() },
    { keys: ['Escape'], label: 'close this help', run: () => toggleHelp(false) },
  ], byId<HTMLTableElement>('help-keys'));
  const mode = byId<HTMLSelectElement>('timeline-mode');
  mode.addEventListener('change', () => {
    timeline.mode = mode.value as TimelineMode;
    timeline.draw();
  });
  window.addEventListener('hashchange', () => {
    const n = stepFromHash();
    if (n !== null && n !== current?.step) goTo(n);
  });
  window.addEventListener('resize', () => timeline.resized());
  if (meta.stepCount === 0) {
    say('this trace has no steps');
    return;
  }
  goTo(stepFromHash() ?? 1);
  timeline.setData(await api.timeline(Math.min(4096, timeline.wantedBuckets())));
  document.body.dataset.ready = 'true';
}

start().catch((e: Error) => say(`cannot load the trace: ${e.message}`));
