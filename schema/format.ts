// The trace file format's identity: its version, how a trace file is recognised, and its SQL schema
// (schema/schema.sql, documented in schema/README.md). Writers and readers both take these from here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../host/node/package_paths.js';

/** Bumped on every change a reader of the previous version could misread. */
export const FORMAT_VERSION = 2;

/** SQLite's application_id of a pyrewind trace: 'pyrw'. A file without it is not a trace. */
export const APPLICATION_ID = 0x70797277;

/** The suffix of a trace being written; renamed to its final name only once complete. */
export const PARTIAL_SUFFIX = '.partial';

let ddl: string | null = null;

/** The CREATE statements of the current format. */
export function schemaSql(): string {
  if (ddl === null) ddl = readFileSync(join(packageRoot(), 'schema', 'schema.sql'), 'utf8');
  return ddl;
}
