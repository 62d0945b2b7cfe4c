-- pyrewind trace format, version 2: one SQLite file per recorded run.
-- What each table and column means, and example queries: schema/README.md. Writers: recorder/sink.ts.
-- Readers: schema/trace.ts (the one module the viewer, the debugger and the CLI read traces through).

-- Key/value facts about the run: format_version, python_version, pyrewind_version, argv (JSON),
-- script, cwd, started_at, run_ms, exit_status, step_count, status ('complete': exit status 0,
-- 'error': another exit status, 'interrupted': Ctrl-C, 'max-steps': stopped by --max-steps),
-- trace_all, max_steps, repr_limit. A trace without `status` was never finished.
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;

-- The program: each source file and each code object that ran, with its static disassembly.
CREATE TABLE files (
  file_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  source TEXT,                   -- the text compiled, NULL when unreadable
  is_library INTEGER NOT NULL    -- 1 for the standard library (traced only with --trace-all)
);
CREATE TABLE codes (
  code_id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files,
  name TEXT NOT NULL,            -- co_name
  qualname TEXT NOT NULL,        -- co_qualname
  first_line INTEGER NOT NULL,   -- co_firstlineno
  flags INTEGER NOT NULL,        -- co_flags
  localsplus TEXT NOT NULL,      -- JSON: [[name, kind]...] of its fast locals, kind 'local' | 'cell' | 'free'
  traced INTEGER NOT NULL        -- 1 when its instructions are recorded step by step
);
CREATE TABLE instructions (
  instr_id INTEGER PRIMARY KEY,
  code_id INTEGER NOT NULL REFERENCES codes,
  offset INTEGER NOT NULL,       -- byte offset, as dis shows it
  opname TEXT NOT NULL,
  opcode INTEGER NOT NULL,
  arg INTEGER,                   -- NULL for instructions without an argument
  argrepr TEXT NOT NULL,         -- dis's argrepr ('' when none)
  line INTEGER,                  -- co_positions(): NULL where CPython has None
  end_line INTEGER,
  col INTEGER,
  end_col INTEGER,
  jump_target INTEGER,           -- offset this instruction may jump to, or NULL
  label INTEGER                  -- dis's label number (L1, L2 ...) when it is a jump target, or NULL
);
CREATE UNIQUE INDEX instructions_by_code ON instructions(code_id, offset);

-- Every object the recorded frames saw, interned: equal immutable values share one row; a mutable
-- object (list, dict, instance ...) has one row for its whole life, its contents over time are in
-- object_states. repr is a safe repr (no user code ran to make it), cut at the run's repr_limit.
CREATE TABLE types (type_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE objects (
  object_id INTEGER PRIMARY KEY, -- 0 is NULL, the stack's "no value" (PUSH_NULL)
  type_id INTEGER NOT NULL REFERENCES types,
  repr TEXT NOT NULL,            -- for mutable objects: the repr when first seen
  mutable INTEGER NOT NULL       -- 1 when its state can change (see object_states)
);
CREATE TABLE object_states (
  object_id INTEGER NOT NULL,
  step INTEGER NOT NULL,         -- the state holds from this step on
  repr TEXT,                     -- NULL when only the size changed: see content_step
  size INTEGER,                  -- len() of a container, NULL for other objects
  items TEXT,                    -- JSON: child object ids ([ids] / [[key, value] ids] / {attr: id}), cut like repr
  content_step INTEGER           -- when repr and items are NULL: the step of the row that holds them
);
-- A rowid table with an index, not WITHOUT ROWID: a state row can hold a repr and items of a kilobyte or
-- more, which in a WITHOUT ROWID table spill into overflow pages that stay nearly empty.
CREATE UNIQUE INDEX object_states_by_object ON object_states(object_id, step);

-- Frames: one row per activation of a traced code object (a generator keeps one frame across resumes).
CREATE TABLE frames (
  frame_id INTEGER PRIMARY KEY,
  code_id INTEGER NOT NULL REFERENCES codes,
  parent_frame_id INTEGER,       -- the nearest traced caller, NULL for the module
  depth INTEGER NOT NULL,        -- 0 for the main module, +1 per traced caller
  call_step INTEGER NOT NULL,    -- the step that called it (its first step is call_step + 1)
  return_step INTEGER,           -- its last step (return, or the exception leaving it); NULL if cut short
  return_object_id INTEGER,      -- the value returned, NULL if it raised
  exception_object_id INTEGER,   -- the exception that left it, or NULL
  locals_scope_id INTEGER NOT NULL, -- where STORE_NAME writes: -frame_id in functions, else a dict scope
  globals_scope_id INTEGER NOT NULL
);
CREATE INDEX frames_by_parent ON frames(parent_frame_id, call_step);

-- One row per executed instruction. The value stack after it is the chain stack_id -> parent_id ->
-- ... -> 0 (the empty stack) in stack_nodes: equal stacks are stored once.
CREATE TABLE steps (
  step INTEGER PRIMARY KEY,      -- 1, 2, 3 ...
  frame_id INTEGER NOT NULL,
  instr_id INTEGER NOT NULL,
  stack_id INTEGER NOT NULL
);
-- Line events: each step at which a frame arrives at a line (from another line, at its start, or when
-- a generator resumes), as sys.settrace's 'line' events. What line breakpoints search, by index.
CREATE TABLE line_events (
  code_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  step INTEGER NOT NULL,
  PRIMARY KEY (code_id, line, step)
) WITHOUT ROWID;
-- Frame runs: maximal runs of consecutive steps of one frame, written by the recorder as it goes. A run
-- ends where another frame's step follows, or where the frame suspends (a yield) even if it is resumed at
-- the next step. What the debugger's next/finish seek: keyed by frame, so "this frame's next run" is one
-- B-tree seek whatever ran in between.
CREATE TABLE frame_runs (
  frame_id INTEGER NOT NULL,     -- the frame that ran all of them
  exits INTEGER NOT NULL,        -- 1: at last_step the frame stopped (yield, return, an exception left it); 0: it called a traced frame, or the trace was cut
  first_step INTEGER NOT NULL,   -- the run's first step
  last_step INTEGER NOT NULL,    -- its last step
  PRIMARY KEY (frame_id, exits, first_step)
) WITHOUT ROWID;
CREATE TABLE stack_nodes (
  stack_id INTEGER PRIMARY KEY,
  parent_id INTEGER NOT NULL,    -- the stack without its top value
  object_id INTEGER NOT NULL     -- the top value
);

-- Variables. A scope is one namespace: a module's globals or exec()'s globals dict ('globals'), a class
-- body or exec()'s separate locals dict ('namespace'), one closure cell ('cell'), or a frame's fast
-- locals: those have no scopes row, their scope_id is minus the frame_id (so a call costs no extra row).
CREATE TABLE names (name_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE scopes (
  scope_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- 'globals' | 'namespace' | 'cell'
  frame_id INTEGER,              -- the frame that created it
  label TEXT NOT NULL            -- module name, qualname of the function or class, or the cell's variable
);
CREATE TABLE scope_names (
  scope_id INTEGER NOT NULL,
  name_id INTEGER NOT NULL,
  first_step INTEGER NOT NULL,   -- the first write of this name in this scope
  PRIMARY KEY (scope_id, name_id)
) WITHOUT ROWID;
CREATE TABLE writes (
  scope_id INTEGER NOT NULL,
  name_id INTEGER NOT NULL,
  step INTEGER NOT NULL,         -- the step whose instruction wrote (a frame's arguments: its call_step)
  frame_id INTEGER NOT NULL,     -- the frame that wrote
  object_id INTEGER,             -- the new value; NULL when the name was deleted or unbound
  PRIMARY KEY (step, scope_id, name_id)
) WITHOUT ROWID;
CREATE INDEX writes_by_name ON writes(scope_id, name_id, step);
-- Which cell holds a frame's cell or free variable (after MAKE_CELL / COPY_FREE_VARS).
CREATE TABLE cell_bindings (
  frame_id INTEGER NOT NULL,
  name_id INTEGER NOT NULL,
  scope_id INTEGER NOT NULL,     -- the 'cell' scope
  step INTEGER NOT NULL,
  PRIMARY KEY (frame_id, name_id)
) WITHOUT ROWID;

-- Exceptions: each frame an exception passed through.
CREATE TABLE exceptions (
  event_id INTEGER PRIMARY KEY,
  step INTEGER NOT NULL,
  frame_id INTEGER NOT NULL,
  instr_id INTEGER NOT NULL,     -- where it was raised in that frame
  object_id INTEGER NOT NULL,    -- the exception
  kind TEXT NOT NULL,            -- 'raised' (by this instruction) | 'propagated' (from a callee)
  caught INTEGER NOT NULL        -- 1: a handler in this frame takes it; 0: it leaves the frame
);
CREATE INDEX exceptions_by_step ON exceptions(step);

-- What the program wrote to stdout and stderr, with the step that wrote it.
CREATE TABLE output (
  output_id INTEGER PRIMARY KEY,
  step INTEGER NOT NULL,
  stream TEXT NOT NULL,          -- 'stdout' | 'stderr'
  text TEXT NOT NULL
);
CREATE INDEX output_by_step ON output(step);

-- Views for people with the sqlite3 shell. A value shows as it was at the row's step: a mutable object
-- with the repr of its latest object_states row at or before that step (following content_step when
-- that row only changed the size), or objects.repr before its first state row.
CREATE VIEW step_view AS
SELECT s.step, s.frame_id, f.depth, c.qualname AS function, i.line, i.offset, i.opname, i.argrepr,
       (WITH RECURSIVE chain(parent, obj, d) AS (
          SELECT parent_id, object_id, 0 FROM stack_nodes WHERE stack_id = s.stack_id
          UNION ALL
          SELECT n.parent_id, n.object_id, chain.d + 1 FROM stack_nodes n JOIN chain ON n.stack_id = chain.parent)
        SELECT '[' || coalesce(group_concat(r, ', '), '') || ']' FROM
          (SELECT CASE WHEN chain.obj = 0 THEN 'NULL' WHEN o.mutable = 0 THEN o.repr
                  ELSE coalesce((SELECT coalesce(st.repr, (SELECT cs.repr FROM object_states cs
                                                           WHERE cs.object_id = st.object_id AND cs.step = st.content_step))
                                 FROM object_states st WHERE st.object_id = chain.obj AND st.step <= s.step
                                 ORDER BY st.step DESC LIMIT 1), o.repr) END AS r
           FROM chain LEFT JOIN objects o ON o.object_id = chain.obj ORDER BY chain.d DESC)) AS stack
FROM steps s JOIN frames f USING (frame_id) JOIN instructions i USING (instr_id) JOIN codes c ON c.code_id = i.code_id;

CREATE VIEW write_view AS
SELECT w.step, w.frame_id, coalesce(sc.kind, 'fast') AS scope, coalesce(sc.label, c.qualname) AS scope_label, n.name,
       CASE WHEN w.object_id IS NULL THEN '<deleted>' WHEN o.mutable = 0 THEN o.repr
       ELSE coalesce((SELECT coalesce(st.repr, (SELECT cs.repr FROM object_states cs
                                                WHERE cs.object_id = st.object_id AND cs.step = st.content_step))
                      FROM object_states st WHERE st.object_id = w.object_id AND st.step <= w.step
                      ORDER BY st.step DESC LIMIT 1), o.repr) END AS value
FROM writes w JOIN names n USING (name_id)
LEFT JOIN scopes sc ON sc.scope_id = w.scope_id
LEFT JOIN frames f ON f.frame_id = -w.scope_id LEFT JOIN codes c ON c.code_id = f.code_id
LEFT JOIN objects o ON o.object_id = w.object_id;

CREATE VIEW line_view AS
SELECT fl.path AS file, i.line, count(*) AS executions
FROM steps s JOIN instructions i USING (instr_id) JOIN codes c ON c.code_id = i.code_id JOIN files fl USING (file_id)
GROUP BY fl.path, i.line;

CREATE VIEW frame_view AS
SELECT fr.frame_id, fr.parent_frame_id, fr.depth, c.qualname AS function, fr.call_step, fr.return_step,
       r.repr AS returned, e.repr AS raised
FROM frames fr JOIN codes c USING (code_id)
LEFT JOIN objects r ON r.object_id = fr.return_object_id LEFT JOIN objects e ON e.object_id = fr.exception_object_id;

CREATE VIEW output_view AS SELECT step, stream, text FROM output ORDER BY output_id;
