// `pyrewind diagram trace.sqlite [--steps A:B] [-o figure.svg] [--html]`: writes the execution-flow diagram
// of a range of steps as a static SVG, or as a standalone HTML page that replays it. The figure is built in
// viewer/diagram/; this file only parses options and writes the text.

import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { buildFlowDiagram, DiagramRangeError, DEFAULT_DIAGRAM_STEPS, MAX_DIAGRAM_STEPS, parseStepRange } from '../../viewer/diagram/flow_model.js';
import { flowDiagramSvg } from '../../viewer/diagram/flow_svg.js';
import { flowDiagramHtml } from '../../viewer/diagram/flow_html.js';
import { CommandError, quietOnClosedStdout, withTrace, writeStdout } from '../trace_action.js';

interface DiagramOptions {
  steps?: string;
  output?: string;
  html?: boolean;
}

export function registerDiagramCommand(program: Command): void {
  program
    .command('diagram')
    .description('draw the execution flow of a range of steps (instructions, value stacks, variables, arrows) as SVG or standalone HTML')
    .argument('<trace>', 'the trace file (written by `pyrewind record`)')
    .option('--steps <A:B>', `the steps to draw, inclusive (default: the first ${DEFAULT_DIAGRAM_STEPS}; at most ${MAX_DIAGRAM_STEPS})`)
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--html', 'write a standalone HTML page that replays the steps (buttons, arrow keys) instead of an SVG')
    .addHelpText('after', '\nExit status 1 when the file is not a finished, readable trace or the range is not valid.')
    .action(async (path: string, opts: DiagramOptions) => {
      await withTrace(path, async (trace) => {
        let text: string;
        try {
          const { from, to } = parseStepRange(opts.steps, trace.stepCount);
          const d = buildFlowDiagram(trace, from, to);
          text = opts.html === true ? flowDiagramHtml(d) : `${flowDiagramSvg(d)}\n`;
        } catch (e) {
          if (e instanceof DiagramRangeError) throw new CommandError(`diagram: ${e.message}`);
          throw e;
        }
        if (opts.output !== undefined) {
          try {
            writeFileSync(opts.output, text);
          } catch (e) {
            throw new CommandError(`diagram: cannot write ${opts.output}: ${(e as Error).message}`);
          }
          return;
        }
        quietOnClosedStdout();
        await writeStdout(text);
      });
    });
}
