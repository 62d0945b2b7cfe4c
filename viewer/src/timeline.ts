// The timeline: call depth or line over time, drawn on canvases from /api/timeline's buckets (never the
// steps themselves). Two strips: the main one shows the range zoomed into (the whole run at first) and is
// dragged on to travel; the thin overview under it shows the whole run, where a D3 brush chooses the range
// to zoom into. Double-clicking the main strip, clicking the overview without dragging, or the zoom-out
// button shows the whole run again. Each zoom asks the server for that range at one bucket per pixel, so
// the detail grows as the range shrinks; answers that arrive after a newer zoom are dropped.

import { brushX, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import type { TimelineJson } from '../server/api_types.js';

export type TimelineMode = 'depth' | 'line';

export type TimelineFetch = (from: number, to: number, buckets: number) => Promise<TimelineJson>;

export class Timeline {
  /** The whole run, for the overview. */
  private overview: TimelineJson | null = null;
  /** The zoomed range's buckets (equal to the overview's when not zoomed). */
  private detail: TimelineJson | null = null;
  private step = 1;
  private steps = 0;
  /** The range the main strip shows, inclusive. */
  private from = 1;
  private to = 1;
  private request = 0;
  private readonly brush: BrushBehavior<unknown>;
  /** True while the brush is moved by code (setting it to the zoomed range), not by the user. */
  private brushing = false;
  private brushKey = '';
  mode: TimelineMode = 'depth';
  /** Called after the zoomed range changes (for the page to show it and offer it for export). */
  onZoom: (from: number, to: number, zoomed: boolean) => void = () => {};

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly overviewCanvas: HTMLCanvasElement,
    private readonly brushSvg: SVGSVGElement,
    private readonly fetchRange: TimelineFetch,
    private readonly onScrub: (step: number) => void,
  ) {
    let dragging = false;
    const at = (e: PointerEvent): void => {
      if (this.steps === 0) return;
      const r = this.canvas.getBoundingClientRect();
      const x = Math.min(Math.max(e.clientX - r.left, 0), r.width - 1);
      const span = this.to - this.from + 1;
      this.onScrub(this.from + Math.min(span - 1, Math.floor((x / r.width) * span)));
    };
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
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
    canvas.addEventListener('dblclick', () => this.zoomOut());
    this.brush = brushX<unknown>().on('end', (e: D3BrushEvent<unknown>) => {
      if (this.brushing || e.sourceEvent === undefined) return;
      const sel = e.selection as [number, number] | null;
      if (sel === null) {
        this.zoomOut();
        return;
      }
      const [a, b] = this.stepsAt(sel[0], sel[1]);
      void this.zoom(a, b);
    });
    this.layoutBrush();
  }

  /** How many buckets to ask for: one per device pixel. */
  wantedBuckets(): number {
    return Math.max(1, Math.min(4096, Math.round(this.canvas.clientWidth * (window.devicePixelRatio || 1))));
  }

  /** The range the main strip shows. */
  get range(): { from: number; to: number; zoomed: boolean } {
    return { from: this.from, to: this.to, zoomed: this.from > 1 || this.to < this.steps };
  }

  /** The whole run's overview: shows it, unzoomed. */
  setData(data: TimelineJson): void {
    this.overview = data;
    this.detail = data;
    this.steps = data.steps;
    this.from = 1;
    this.to = Math.max(1, data.steps);
    this.draw();
  }

  setStep(step: number): void {
    this.step = step;
    this.draw();
  }

  /** Zooms the main strip into steps a..b (clamped; at least a few steps wide); `announce`: tell onZoom. */
  async zoom(a: number, b: number, announce = true): Promise<void> {
    if (this.steps === 0) return;
    let from = Math.max(1, Math.min(a, b));
    let to = Math.min(this.steps, Math.max(a, b));
    if (to - from < 1) {
      from = Math.max(1, from - 1);
      to = Math.min(this.steps, from + 2);
    }
    this.from = from;
    this.to = to;
    const id = ++this.request;
    this.draw();
    if (announce) this.onZoom(from, to, this.range.zoomed);
    const data = await this.fetchRange(from, to, this.wantedBuckets());
    if (id !== this.request) return;
    this.detail = data;
    this.draw();
    document.body.dataset.timeline = `${from}:${to}`;
  }

  /** The strips changed size: redraw, and ask again for a zoomed range at the new resolution. */
  resized(): void {
    if (this.range.zoomed) void this.zoom(this.from, this.to, false);
    else this.draw();
  }

  zoomOut(): void {
    if (this.overview === null) return;
    this.request++;
    this.from = 1;
    this.to = Math.max(1, this.steps);
    this.detail = this.overview;
    this.draw();
    this.onZoom(this.from, this.to, false);
    document.body.dataset.timeline = `${this.from}:${this.to}`;
  }

  /** The steps under overview x positions a..b (CSS pixels). */
  private stepsAt(xa: number, xb: number): [number, number] {
    const w = Math.max(1, this.overviewCanvas.clientWidth);
    const n = this.steps;
    const s = (x: number): number => 1 + Math.min(n - 1, Math.max(0, Math.floor((x / w) * n)));
    return [s(xa), s(Math.max(xa, xb - 1e-9))];
  }

  private layoutBrush(): void {
    const w = Math.max(1, this.overviewCanvas.clientWidth);
    const h = Math.max(1, this.overviewCanvas.clientHeight);
    this.brush.extent([[0, 0], [w, h]]);
    const svg = select(this.brushSvg).attr('width', w).attr('height', h);
    let g = svg.select<SVGGElement>('g.brush');
    if (g.empty()) g = svg.append('g').attr('class', 'brush');
    g.call(this.brush);
  }

  draw(): void {
    this.paint(this.canvas, this.detail, this.from, this.to);
    this.paint(this.overviewCanvas, this.overview, 1, Math.max(1, this.steps));
    // The brush shows the zoomed range (none when the whole run is shown); moved only when that changes.
    const w = Math.max(1, this.overviewCanvas.clientWidth);
    const key = `${w}:${this.overviewCanvas.clientHeight}:${this.from}:${this.to}:${this.steps}`;
    if (key === this.brushKey) return;
    this.brushKey = key;
    this.layoutBrush();
    const g = select(this.brushSvg).select<SVGGElement>('g.brush');
    this.brushing = true;
    if (this.range.zoomed && this.steps > 0) {
      const x0 = ((this.from - 1) / this.steps) * w;
      const x1 = Math.max(x0 + 2, (this.to / this.steps) * w);
      g.call(this.brush.move, [x0, x1]);
    } else {
      g.call(this.brush.move, null);
    }
    this.brushing = false;
  }

  /** Draws `data` (covering steps from..to) with the current step marked, when it is in that range. */
  private paint(canvas: HTMLCanvasElement, data: TimelineJson | null, from: number, to: number): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(canvas.clientWidth * dpr));
    const h = Math.max(1, Math.round(canvas.clientHeight * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const g = canvas.getContext('2d');
    if (g === null) return;
    g.clearRect(0, 0, w, h);
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
    // Buckets are placed by their first step, so a stale answer for another range still lines up.
    const steps = to - from + 1;
    const xOf = (step: number): number => Math.floor(((step - from) / steps) * w);
    g.fillStyle = depth ? '#5b8def' : '#3aa675';
    const n = data.buckets.length;
    for (let i = 0; i < n; i++) {
      const b = data.buckets[i]!;
      const next = i + 1 < n ? data.buckets[i + 1]!.first : data.to + 1;
      if (next <= from || b.first > to) continue;
      const x0 = xOf(b.first);
      const x1 = Math.max(x0 + 1, xOf(next));
      const top = y(depth ? b.maxDepth + 1 : b.maxLine);
      const bottom = depth ? h : y(b.minLine) + 2 * dpr;
      g.fillRect(x0, top, x1 - x0, Math.max(dpr, bottom - top));
    }
    if (this.step >= from && this.step <= to) {
      const cx = Math.floor(((this.step - from + 0.5) / steps) * w);
      g.fillStyle = '#e5484d';
      g.fillRect(cx - dpr, 0, 2 * dpr, h);
    }
  }
}
