// The memo's keys a run makes, each with its kind (the first part of what it
// keys), read from the generator's own memoKey: tests that damage entries of a
// kind find them by it, not by the memo's file layout.
import { vi } from "vitest";
import * as memoKeyModule from "../../generator/memo/memo-key.js";

/** What `run` returns, and each key it made with its kind, in the order first made. */
export async function memoKeysMade<T>(run: () => Promise<T>): Promise<{ result: T; kinds: Map<string, string> }> {
  const made = vi.spyOn(memoKeyModule, "memoKey");
  try {
    const result = await run();
    const kinds = new Map<string, string>();
    for (const [i, parts] of made.mock.calls.entries()) {
      const key = made.mock.results[i]?.value as string;
      if (!kinds.has(key)) kinds.set(key, parts[0] ?? "");
    }
    return { result, kinds };
  } finally {
    made.mockRestore();
  }
}

/** The keys of `kinds` whose kind is one of `wanted`. */
export const keysOfKind = (kinds: ReadonlyMap<string, string>, ...wanted: string[]): string[] =>
  [...kinds].flatMap(([key, kind]) => (wanted.includes(kind) ? [key] : []));
