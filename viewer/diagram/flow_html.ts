// Wraps a flow diagram's SVG (flow_svg.ts) into one standalone HTML file that replays the range step by
// step: buttons and the arrow keys show the columns up to the current step, the same drawing as the SVG.
// Inline CSS and JS only: no server, no external URL. The script holds no program data at all (it only
// shows and hides the SVG's columns), so every value reaches the page escaped inside the SVG.

import type { FlowDiagram } from './flow_model.js';
import { flowDiagramSvg } from './flow_svg.js';
import { escapeXml } from './xml_text.js';

const CSS = `
  body { margin: 0; padding: 20px 24px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
         color: #1f2937; background: #ffffff; }
  .bar { display: flex; align-items: center; gap: 8px; margin-bottom: 12px; font-size: 14px; }
  button { font: inherit; padding: 4px 12px; border: 1px solid #d1d5db; border-radius: 6px; background: #f9fafb;
           cursor: pointer; }
  button:hover { background: #eef2ff; }
  button:disabled { opacity: 0.4; cursor: default; }
  #pos { min-width: 9em; color: #4b5563; font-variant-numeric: tabular-nums; }
  .hint { color: #9ca3af; font-size: 12px; }
  .fig-wrap { overflow-x: auto; }
  .colbg.current { fill: #eef2ff; stroke: #6366f1; stroke-width: 1.5; }
  .hidden { visibility: hidden; }
`;

// Plain ES2017 so that any browser runs it; reads only the SVG's data-col attributes.
const SCRIPT = `
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-col]'));
  var backgrounds = Array.prototype.slice.call(document.querySelectorAll('[data-colbg]'));
  var last = 0;
  items.forEach(function (el) { last = Math.max(last, Number(el.getAttribute('data-col'))); });
  var steps = JSON.parse(document.getElementById('steps').textContent);
  var pos = document.getElementById('pos');
  var cur = last;
  function show(k) {
    cur = Math.max(0, Math.min(last, k));
    items.forEach(function (el) {
      var c = Number(el.getAttribute('data-col'));
      if (c > cur) el.classList.add('hidden'); else el.classList.remove('hidden');
    });
    backgrounds.forEach(function (el) {
      if (Number(el.getAttribute('data-colbg')) === cur) {
        el.classList.add('current');
        if (el.scrollIntoView) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else el.classList.remove('current');
    });
    pos.textContent = cur === 0 ? 'before step ' + steps[0] : 'step ' + steps[cur - 1] + '  (' + cur + ' of ' + last + ')';
    document.getElementById('first').disabled = document.getElementById('prev').disabled = cur === 0;
    document.getElementById('last').disabled = document.getElementById('next').disabled = cur === last;
  }
  document.getElementById('first').onclick = function () { show(0); };
  document.getElementById('prev').onclick = function () { show(cur - 1); };
  document.getElementById('next').onclick = function () { show(cur + 1); };
  document.getElementById('last').onclick = function () { show(last); };
  document.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { show(cur + 1); e.preventDefault(); }
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { show(cur - 1); e.preventDefault(); }
    else if (e.key === 'Home') { show(0); e.preventDefault(); }
    else if (e.key === 'End') { show(last); e.preventDefault(); }
  });
  show(1);
})();
`;

/** The whole HTML document. */
export function flowDiagramHtml(d: FlowDiagram): string {
  const title = `pyrewind · steps ${d.from}–${d.to}${d.script === null ? '' : ` of ${d.script.split('/').pop() ?? ''}`}`;
  // Step numbers only (integers), so this JSON cannot hold markup.
  const steps = JSON.stringify(d.columns.slice(1).map((c) => c.step | 0));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="bar">',
    '<button id="first" title="first (Home)">first</button>',
    '<button id="prev" title="previous step (←)">◀ back</button>',
    '<span id="pos"></span>',
    '<button id="next" title="next step (→)">next ▶</button>',
    '<button id="last" title="last (End)">last</button>',
    '<span class="hint">← → to step</span>',
    '</div>',
    `<div class="fig-wrap">${flowDiagramSvg(d)}</div>`,
    `<script type="application/json" id="steps">${steps}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
