// The recorder's defaults and its exit status, in a module of their own so that the CLI can show them
// in --help without loading the VM.

/** Steps recorded before the program is stopped, unless --max-steps says otherwise. */
export const DEFAULT_MAX_STEPS = 10_000_000;

/** Exit status of `pyrewind record` when --max-steps stopped the program. */
export const MAX_STEPS_STATUS = 3;

/** Longest value repr stored in a trace, in characters, unless --repr-limit says otherwise. */
export const DEFAULT_REPR_LIMIT = 200;
