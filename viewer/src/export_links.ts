// The export controls: a step range (from, to) and two download links, SVG and standalone HTML, for the
// flow diagram of that range, built by the server exactly as `pyrewind diagram` builds it. The range
// follows the current step (the steps from it on) until the user edits it; a small zoomed timeline range
// also sets it. Links only: the browser downloads what the server answers, nothing is built in the page.

import { api } from './api_client.js';

/** As viewer/diagram/flow_model.ts: a figure shows at most this many steps. */
export const MAX_EXPORT_STEPS = 60;
/** Steps exported from the current step when no range was chosen. */
const DEFAULT_STEPS = 12;

export class ExportLinks {
  private followStep = true;
  private stepCount = 0;

  constructor(
    private readonly fromInput: HTMLInputElement,
    private readonly toInput: HTMLInputElement,
    private readonly svgLink: HTMLAnchorElement,
    private readonly htmlLink: HTMLAnchorElement,
    private readonly note: HTMLElement,
  ) {
    const edited = (): void => {
      this.followStep = false;
      this.update();
    };
    fromInput.addEventListener('change', edited);
    toInput.addEventListener('change', edited);
  }

  setStepCount(n: number): void {
    this.stepCount = n;
    this.fromInput.max = String(n);
    this.toInput.max = String(n);
  }

  /** The page moved to `step`: the range starts there unless the user chose one. */
  atStep(step: number): void {
    if (!this.followStep) return;
    this.set(step, step + DEFAULT_STEPS - 1, true);
  }

  /** A range chosen elsewhere (the timeline's zoom): used when it is short enough for a figure. */
  offerRange(from: number, to: number): void {
    if (to - from + 1 > MAX_EXPORT_STEPS) return;
    this.set(from, to, false);
  }

  set(from: number, to: number, follow: boolean): void {
    this.followStep = follow;
    this.fromInput.value = String(from);
    this.toInput.value = String(to);
    this.update();
  }

  /** Checks the range and points the links at it (or disables them, saying why). */
  private update(): void {
    const n = Math.max(1, this.stepCount);
    let from = Math.round(Number(this.fromInput.value));
    let to = Math.round(Number(this.toInput.value));
    if (!Number.isFinite(from) || from < 1) from = 1;
    if (!Number.isFinite(to) || to < from) to = from;
    from = Math.min(from, n);
    to = Math.min(to, n);
    let message = '';
    if (to - from + 1 > MAX_EXPORT_STEPS) {
      to = from + MAX_EXPORT_STEPS - 1;
      message = `at most ${MAX_EXPORT_STEPS} steps: exporting ${from}–${to}`;
    }
    this.fromInput.value = String(from);
    this.toInput.value = String(to);
    this.note.textContent = message;
    this.svgLink.href = api.exportUrl('svg', from, to);
    this.htmlLink.href = api.exportUrl('html', from, to);
    this.svgLink.download = `steps-${from}-${to}.svg`;
    this.htmlLink.download = `steps-${from}-${to}.html`;
  }
}
