// The value stack as boxes, bottom at the bottom: D3 joins the stack by (position, value), so a push
// slides a box in, a pop fades one out, and a replaced value does both. Leaving boxes carry the class
// `leaving` until their transition ends. Reprs go in through textContent (D3's .text) only.

import { select, transition } from 'd3';
import type { ValueJson } from '../server/api_types.js';

const DURATION = 220;

interface Slot {
  key: string;
  index: number;
  value: ValueJson;
}

export class StackView {
  constructor(private readonly root: HTMLElement) {}

  render(stack: ValueJson[], animate: boolean): void {
    const slots: Slot[] = stack.map((value, index) => ({ key: `${index}:${value.objectId}`, index, value }));
    const container = select(this.root);
    const items = container
      .selectAll<HTMLDivElement, Slot>('div.stack-item:not(.leaving)')
      .data(slots, (d) => d.key);
    // One shared transition so entering and leaving boxes move together.
    const t = transition('stack').duration(animate ? DURATION : 0);
    items
      .exit()
      .classed('leaving', true)
      .transition(t)
      .style('opacity', '0')
      .style('transform', 'translateX(24px)')
      .remove();
    const entered = items
      .enter()
      .append('div')
      .attr('class', 'stack-item')
      .classed('null', (d) => d.value.objectId === 0)
      .style('opacity', '0')
      .style('transform', 'translateY(-16px)');
    entered.append('span').attr('class', 'repr');
    entered.append('span').attr('class', 'type');
    const merged = entered.merge(items);
    merged.attr('data-index', (d) => String(d.index));
    merged.select('span.repr').text((d) => d.value.repr);
    merged.select('span.type').text((d) => (d.value.objectId === 0 ? '' : d.value.type));
    merged.attr('title', (d) => `${d.value.type}: ${d.value.repr}`);
    entered.transition(t).style('opacity', '1').style('transform', 'translateY(0px)');
    // Keep DOM order bottom-first so that CSS column-reverse puts the top of the stack on top.
    merged.sort((a, b) => a.index - b.index);
    container.attr('data-depth', String(stack.length));
    container.classed('empty', stack.length === 0);
  }
}
