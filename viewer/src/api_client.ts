// The app's access to the viewer API (viewer/server/api.ts): typed fetches of JSON, nothing else.

import type { CfgJson, CodeJson, FileJson, FoundJson, MetaJson, ObjectJson, StepJson, TimelineJson } from '../server/api_types.js';

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

export const api = {
  meta: () => get<MetaJson>('api/meta'),
  step: (n: number) => get<StepJson>(`api/step/${n}`),
  code: (codeId: number) => get<CodeJson>(`api/code/${codeId}`),
  file: (fileId: number) => get<FileJson>(`api/file/${fileId}`),
  object: (objectId: number, step: number) => get<ObjectJson>(`api/object/${objectId}?step=${step}`),
  timeline: (buckets: number) => get<TimelineJson>(`api/timeline?buckets=${buckets}`),
  timelineRange: (from: number, to: number, buckets: number) => get<TimelineJson>(`api/timeline?buckets=${buckets}&from=${from}&to=${to}`),
  cfg: (codeId: number) => get<CfgJson>(`api/cfg/${codeId}`),
  /** Where the flow diagram of steps from..to downloads from (the server names the file). */
  exportUrl: (format: 'svg' | 'html', from: number, to: number) => `api/export/${format}?from=${from}&to=${to}`,
  find: (what: string, from: number, back: boolean, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams({ what, from: String(from), dir: back ? 'back' : 'forward', ...extra });
    return get<FoundJson>(`api/find?${q.toString()}`);
  },
};
