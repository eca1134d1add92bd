// Formats TypeScript with prettier off the main thread (see prettier-pool.ts).
// Plain JavaScript, so that it runs in any worker, with or without a TypeScript loader.
import { parentPort } from "node:worker_threads";
import { format } from "prettier";

parentPort?.on("message", async ({ id, text, options }) => {
  try {
    parentPort?.postMessage({ id, text: await format(text, options) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
