// Resolves a URL path to a file of the built viewer app (viewer/dist), and nothing else: a path that is
// not plainly inside the app directory after decoding (dot segments, encoded slashes or backslashes, NUL,
// symbolic links out of it) is refused. Must never read outside `appDir`.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppFile {
  path: string;
  contentType: string;
}

/**
 * The file under `appDir` that the raw (still percent-encoded) URL path names, or null. `/` is index.html.
 * Only names made of ordinary segments are accepted.
 */
export function resolveAppFile(appDir: string, rawPath: string): AppFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.split('/').slice(1);
  if (decoded === '/') segments[0] = 'index.html';
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || s.startsWith('.') || !/^[\w.@-]+$/.test(s)) return null;
  }
  const root = realDir(appDir);
  if (root === null) return null;
  const candidate = join(root, ...segments);
  if (!candidate.startsWith(root + sep) || !existsSync(candidate)) return null;
  let real: string;
  try {
    real = realpathSync(candidate);
    if (!real.startsWith(root + sep) || !statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  return { path: real, contentType: TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' };
}

function realDir(dir: string): string | null {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}
