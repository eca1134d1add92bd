import type { Memo } from "./memo.js";
import { forgetUnusedParses, keepParses } from "./parsed-once.js";

/**
 * `memo`, with what it gave or was given kept in memory too, and what was
 * parsed of it: for a process that generates again and again (`--watch`),
 * which then reads and parses each entry once.
 */
const keepers = new WeakSet<Memo>();

export function keptInMemory(memo: Memo): Memo {
  const kept = new Map<string, string>();
  keepParses();
  /** The keys of `kept` used since the last forgetUnused. */
  let usedThisRun = new Set<string>();
  /** Keys retained as functions this run (Memo.retain), worked out when the run's unused entries are dropped. */
  let retainedLater: (() => string)[] = [];
  const getNow = memo.getNow?.bind(memo);
  const setNow = memo.setNow?.bind(memo);
  const retain = memo.retain?.bind(memo);
  // A large text (a shared file's content, made again after each change) is read from the memo when needed, not held for the process's life.
  const keep = (key: string, text: string) => {
    usedThisRun.add(key);
    if (text.length <= KEPT_AT_MOST) kept.set(key, text);
  };
  const inMemory: Memo = {
    async get(key) {
      const known = kept.get(key);
      if (known !== undefined) {
        usedThisRun.add(key);
        return known;
      }
      const text = await memo.get(key);
      if (text !== undefined) keep(key, text);
      return text;
    },
    async set(key, text) {
      keep(key, text);
      return memo.set(key, text);
    },
    ...(getNow && {
      getNow(key: string) {
        const known = kept.get(key) ?? getNow(key);
        if (known !== undefined) keep(key, known);
        return known;
      },
    }),
    ...(setNow && {
      setNow(key: string, text: string) {
        keep(key, text);
        return setNow(key, text);
      },
    }),
    retain(key: string | (() => string)) {
      if (typeof key === "string") usedThisRun.add(key);
      else retainedLater.push(key);
      retain?.(key);
    },
    // Bytes are a large text: not kept in memory (the store of pieces keeps what it needs, piece-store.ts).
    ...(memo.setBytes && { setBytes: memo.setBytes.bind(memo) }),
    ...(memo.getBytes && { getBytes: memo.getBytes.bind(memo) }),
    ...(memo.readBytes && { readBytes: memo.readBytes.bind(memo) }),
  };
  keepers.add(inMemory);
  forgetters.set(inMemory, () => {
    for (const key of retainedLater) usedThisRun.add(key());
    retainedLater = [];
    for (const key of kept.keys()) if (!usedThisRun.has(key)) kept.delete(key);
    usedThisRun = new Set();
    forgetUnusedParses();
  });
  return inMemory;
}

const forgetters = new WeakMap<Memo, () => void>();

/**
 * After a run of a process that generates again and again: drops from memory
 * what keptInMemory holds that this run did not use (the entries of a text
 * saved over since, an operation removed), so that the process's memory
 * follows the spec and not the number of saves. A dropped entry is still on
 * disk; a later run that needs it reads it there.
 */
export function forgetUnused(memo: Memo): void {
  forgetters.get(memo)?.();
}

/** Whether `memo` is kept in memory (keptInMemory): what a run made of it may be kept for the next run too. */
export const keepsInMemory = (memo: Memo): boolean => keepers.has(memo);

/** The longest text kept in memory by keptInMemory. */
const KEPT_AT_MOST = 1 << 20;
