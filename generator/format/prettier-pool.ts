import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Options } from "prettier";

/** A text prettier could not format, with its place in the list. */
export class FormatError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

const failed = (index: number) => (error: unknown) => {
  throw new FormatError(index, error instanceof Error ? error.message : String(error));
};

/** Below this many texts, starting workers costs more than it saves. */
const POOL_THRESHOLD = 64;

/**
 * Formats many texts with prettier, in worker threads when there are enough
 * of them to pay for starting the workers (a first run on a large spec: prettier
 * takes about 12 ms per file). Results come back in the order of `texts`.
 */
export async function formatMany(texts: readonly string[], options: Options, threads = Math.min(availableParallelism(), 8)): Promise<string[]> {
  if (texts.length === 0) return [];
  if (texts.length < POOL_THRESHOLD || threads < 2) {
    // Loaded on demand: a run whose files are all memoized never needs prettier.
    const { format } = await import("prettier");
    return Promise.all(texts.map((text, index) => format(text, options).catch(failed(index))));
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./prettier-worker.mjs", import.meta.url)));
  try {
    const results = new Array<string>(texts.length);
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        for (let i = next++; i < texts.length; i = next++) results[i] = await ask(worker, i, texts[i] ?? "", options).catch(failed(i));
      }),
    );
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function ask(worker: Worker, id: number, text: string, options: Options): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: { id: number; text?: string; error?: string }) => {
      if (reply.id !== id) return;
      worker.off("message", onMessage);
      if (reply.error !== undefined) reject(new Error(reply.error));
      else resolve(reply.text ?? "");
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
    worker.postMessage({ id, text, options });
  });
}
