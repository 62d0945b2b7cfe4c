// The frame_runs index of a trace (schema/README.md, "frame_runs"): contiguous runs of steps of one frame,
// derived from the steps table by a post-pass when a recording finishes, so that the debugger can find
// "the next step of this frame" or "where this generator yields next" by one B-tree seek instead of a scan
// of every step in between (a generator consumed by `sum()` runs millions of steps inside one step of its
// caller).
//
// Pure SQL over tables already written (steps, instructions, frames): it must not know the VM nor the
// recorder's buffers, and must run inside the sink's final transaction (before meta's `status` row), so a
// finished trace always has a complete frame_runs table. Cost: one rowid-ordered self-join of steps (a
// window function is ten times slower in SQLite), then the runs appended in step order with their index:
// about 10% of the recording's time at ten million steps. A recorder that writes the runs itself as it
// goes makes this pass a no-op (it leaves a filled table alone).

import type Database from 'better-sqlite3';

/** The instructions after which a frame stops running although the next step may be its own again
 * (a generator suspended and at once resumed by untraced code, `sum(x for x in ...)`). */
const SUSPENDING = `(SELECT instr_id FROM instructions WHERE opname IN ('YIELD_VALUE', 'RETURN_GENERATOR'))`;

/** The instructions that end a run by leaving the frame: a suspension or a return. */
const LEAVING = `(SELECT instr_id FROM instructions WHERE opname IN ('YIELD_VALUE', 'RETURN_GENERATOR', 'RETURN_VALUE'))`;

/**
 * Fill frame_runs from steps; `db` is the trace being finished, inside its open transaction. If deriving
 * the runs fails (a change of the tables it reads), the table is left empty and a warning printed:
 * readers then fall back to scans, and the recording itself is not lost.
 */
export function writeFrameRuns(db: Database.Database): void {
  db.exec('SAVEPOINT frame_runs');
  try {
    derive(db);
    db.exec('RELEASE frame_runs');
  } catch (e) {
    db.exec('ROLLBACK TO frame_runs; RELEASE frame_runs; DROP TABLE IF EXISTS temp.run_starts');
    process.stderr.write(`pyrewind: warning: the trace's frame_runs index was not written (${(e as Error).message}); the debugger will scan steps instead\n`);
  }
}

function derive(db: Database.Database): void {
  const last = (db.prepare('SELECT coalesce(max(step), 0) AS m FROM steps').get() as { m: number }).m;
  if (last === 0) return;
  // Already written (a recorder that emits the runs as it goes): nothing to derive.
  if (db.prepare('SELECT 1 FROM frame_runs LIMIT 1').get() !== undefined) return;
  // The run starts in order: step 1, and every step whose frame differs from the previous step's or whose
  // previous step suspended its (same) frame. A temporary table: gone with the connection.
  db.exec(`
    CREATE TEMP TABLE run_starts (k INTEGER PRIMARY KEY, step INTEGER NOT NULL, frame_id INTEGER NOT NULL, prev_instr INTEGER);
    INSERT INTO run_starts (step, frame_id, prev_instr) SELECT step, frame_id, NULL FROM steps WHERE step = 1;
    INSERT INTO run_starts (step, frame_id, prev_instr)
      SELECT a.step, a.frame_id, b.instr_id FROM steps b JOIN steps a ON a.step = b.step + 1
      WHERE a.frame_id != b.frame_id OR b.instr_id IN ${SUSPENDING};
    INSERT INTO frame_runs (first_step, last_step, frame_id, exits)
      SELECT r.step, coalesce(n.step - 1, ${last}), r.frame_id,
        coalesce(n.prev_instr, (SELECT instr_id FROM steps WHERE step = ${last})) IN ${LEAVING}
      FROM run_starts r LEFT JOIN run_starts n ON n.k = r.k + 1;
    DROP TABLE temp.run_starts;
  `);
  // A frame that an exception left without an instruction of its own (raised in a callee, no handler
  // here) ends with a run whose last step is a call: its final run leaves the frame too.
  db.exec(`
    UPDATE frame_runs SET exits = 1 WHERE exits = 0 AND first_step IN (
      SELECT (SELECT max(r.first_step) FROM frame_runs r WHERE r.frame_id = f.frame_id AND r.first_step <= f.return_step)
      FROM frames f WHERE f.exception_object_id IS NOT NULL AND f.return_step IS NOT NULL)
  `);
}
