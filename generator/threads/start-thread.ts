import { Worker } from "node:worker_threads";

/**
 * Where the bundled start-up (scripts/run-bundled.cjs) says each thread's
 * module is bundled: by the URL of its source, the URL of its bundle.
 */
const BUNDLED = Symbol.for("sips-json.bundled-threads");

/**
 * A thread running the module `source` with `data`. From the bundle, the
 * module's own bundle; from the sources (tests, tsx), through tsx's loader,
 * as the process itself runs them.
 */
export function startThread(source: URL, data: unknown): Worker {
  const bundled = (globalThis as { [BUNDLED]?: ReadonlyMap<string, string> })[BUNDLED]?.get(source.href);
  if (bundled !== undefined) return new Worker(new URL(bundled), { workerData: data });
  const load = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true, workerData: data });
}
