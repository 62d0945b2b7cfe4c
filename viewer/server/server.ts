// The viewer's HTTP server: on 127.0.0.1 only, it serves the built app (viewer/dist) and the JSON API over
// the one trace it was given (api.ts; flow-diagram downloads from export_route.ts; control-flow graphs
// counted off this thread by cfg_service.ts, so jumps stay fast meanwhile). Nothing else is reachable: no
// other files, no other trace, no writes. Requests whose Host is not this loopback address are refused (a
// page elsewhere cannot reach the trace by rebinding a domain name to 127.0.0.1).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../host/node/package_paths.js';
import type { Trace } from '../../schema/trace.js';
import { answerApi } from './api.js';
import { answerExport } from './export_route.js';
import { CfgService } from './cfg_service.js';
import { resolveAppFile } from './static_files.js';

export const VIEWER_HOST = '127.0.0.1';

/** Where the built app is: viewer/dist in the package. */
export function defaultAppDir(): string {
  return join(packageRoot(), 'viewer', 'dist');
}

export interface ViewerServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Thrown when the port cannot be listened on, with a message for the user. */
export class ViewerServerError extends Error {}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** Starts serving; port 0 picks any free port. */
export async function startViewerServer(trace: Trace, options: { port?: number; appDir?: string } = {}): Promise<ViewerServer> {
  const appDir = options.appDir ?? defaultAppDir();
  let port = options.port ?? 0;
  const cfg = new CfgService(trace);
  const server = createServer((req, res) => {
    try {
      handle(trace, cfg, appDir, port, req, res);
    } catch (e) {
      send(res, 500, 'application/json; charset=utf-8', JSON.stringify({ error: (e as Error).message }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new ViewerServerError(`port ${port} is already in use; choose another with --port N (or --port 0 for any free port)`));
      else if (e.code === 'EACCES') reject(new ViewerServerError(`no permission to listen on port ${port}; choose another with --port N`));
      else reject(e);
    });
    server.listen(port, VIEWER_HOST, () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${VIEWER_HOST}:${port}/`,
    port,
    server,
    close: async () => {
      await cfg.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

function handle(trace: Trace, cfg: CfgService, appDir: string, port: number, req: IncomingMessage, res: ServerResponse): void {
  const host = req.headers.host ?? '';
  if (host !== `${VIEWER_HOST}:${port}` && host !== `localhost:${port}`) {
    send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    return;
  }
  const raw = req.url ?? '/';
  // The raw path, not a URL object's: URL parsing would resolve dot segments before we could refuse them.
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  if (rawPath.startsWith('/api/export/')) {
    const answer = answerExport(trace, rawPath, query);
    // The name is ours (steps-A-B.svg), never the program's: safe in the header as is.
    const disposition: Record<string, string> = answer.filename === null ? {} : { 'Content-Disposition': `attachment; filename="${answer.filename}"` };
    send(res, answer.status, answer.contentType, answer.body, req.method === 'HEAD', disposition);
    return;
  }
  if (rawPath.startsWith('/api/cfg/')) {
    // Counted off this thread (see cfg_service.ts), so jumps are answered meanwhile.
    cfg.answer(rawPath, query).then(
      (answer) => send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body), req.method === 'HEAD'),
      (e: Error) => send(res, 500, 'application/json; charset=utf-8', JSON.stringify({ error: e.message })),
    );
    return;
  }
  if (rawPath.startsWith('/api/')) {
    const answer = answerApi(trace, rawPath, query);
    send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body), req.method === 'HEAD');
    return;
  }
  const file = resolveAppFile(appDir, rawPath);
  if (file === null) {
    const built = resolveAppFile(appDir, '/index.html') !== null;
    send(res, 404, 'text/plain; charset=utf-8', built ? 'not found\n' : 'the viewer app is not built: run `npm run build`\n');
    return;
  }
  send(res, 200, file.contentType, readFileSync(file.path), req.method === 'HEAD');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(headOnly ? undefined : body);
}
