// The timeline: a canvas overview of the whole run (call depth or line over time, from /api/timeline's
// buckets, never the steps themselves) with the current step marked. Dragging on it travels through the
// run; the caller coalesces the requests.

import type { TimelineJson } from '../server/api_types.js';

export type TimelineMode = 'depth' | 'line';

export class Timeline {
  private data: TimelineJson | null = null;
  private step = 1;
  mode: TimelineMode = 'depth';

  constructor(private readonly canvas: HTMLCanvasElement, private readonly onScrub: (step: number) => void) {
    let dragging = false;
    const at = (e: PointerEvent): void => {
      if (this.data === null || this.data.steps === 0) return;
      const r = this.canvas.getBoundingClientRect();
      const x = Math.min(Math.max(e.clientX - r.left, 0), r.width - 1);
      this.onScrub(1 + Math.min(this.data.steps - 1, Math.floor((x / r.width) * this.data.steps)));
    };
    canvas.addEventListener('pointerdown', (e) => {
      dragging = true;
      canvas.setPointerCapture(e.pointerId);
      at(e);
    });
    canvas.addEventListener('pointermove', (e) => {
      if (dragging) at(e);
    });
    const stop = (): void => {
      dragging = false;
    };
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
  }

  /** How many buckets to ask for: one per device pixel. */
  wantedBuckets(): number {
    return Math.max(1, Math.round(this.canvas.clientWidth * (window.devicePixelRatio || 1)));
  }

  setData(data: TimelineJson): void {
    this.data = data;
    this.draw();
  }

  setStep(step: number): void {
    this.step = step;
    this.draw();
  }

  draw(): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(this.canvas.clientWidth * dpr));
    const h = Math.max(1, Math.round(this.canvas.clientHeight * dpr));
    if (this.canvas.width !== w) this.canvas.width = w;
    if (this.canvas.height !== h) this.canvas.height = h;
    const g = this.canvas.getContext('2d');
    if (g === null) return;
    g.clearRect(0, 0, w, h);
    const data = this.data;
    if (data === null || data.buckets.length === 0) return;
    const depth = this.mode === 'depth';
    let lo = Infinity;
    let hi = -Infinity;
    for (const b of data.buckets) {
      lo = Math.min(lo, depth ? 0 : b.minLine);
      hi = Math.max(hi, depth ? b.maxDepth + 1 : b.maxLine);
    }
    const span = Math.max(1, hi - lo);
    const pad = 2 * dpr;
    const y = (v: number): number => h - pad - ((v - lo) / span) * (h - 2 * pad);
    g.fillStyle = depth ? '#5b8def' : '#3aa675';
    const n = data.buckets.length;
    data.buckets.forEach((b, i) => {
      const x0 = Math.floor((i / n) * w);
      const x1 = Math.max(x0 + 1, Math.floor(((i + 1) / n) * w));
      const top = y(depth ? b.maxDepth + 1 : b.maxLine);
      const bottom = depth ? h : y(b.minLine) + 2 * dpr;
      g.fillRect(x0, top, x1 - x0, Math.max(dpr, bottom - top));
    });
    const cx = Math.floor(((this.step - 0.5) / data.steps) * w);
    g.fillStyle = '#e5484d';
    g.fillRect(cx - dpr, 0, 2 * dpr, h);
  }
}
