// When a command that runs until stopped (`npm run generate -- --watch`) is
// asked to stop: Ctrl-C, a SIGTERM (a process manager, an editor's task
// runner), a SIGHUP (its terminal closed), or the process that started it
// going away when npm started it.

import { onParentGone } from "../../runtime/parent-gone.js";

/** Where the launcher (scripts/run-bundled.cjs) puts its parent's pid, taken before the command loaded. */
const PARENT_AT_START = Symbol.for("sips-json.parent-at-start");

/**
 * The process that started this one: as the launcher saw it, since a shell
 * that went while the command loaded (a bundle built first takes a second)
 * left its new parent in `process.ppid`; that, run otherwise (tests, tsx).
 */
const parentAtStart = (): number => (globalThis as { [PARENT_AT_START]?: number })[PARENT_AT_START] ?? process.ppid;

export interface StopRequest {
  /** Resolves at the first request to stop. */
  readonly requested: Promise<void>;
  /** Stops listening (the command ended by itself): a signal then does what it does to any process. */
  readonly release: () => void;
}

/**
 * Listens for the first SIGINT, SIGTERM or SIGHUP (a closed terminal, which
 * ended the process at once, in the middle of a run's writes, where the
 * others wait for its end), and, when npm started the process, for its
 * parent's end (runtime/parent-gone.ts, the rule the `sips-json` bin keeps
 * too). After the first request a second signal ends the process at once,
 * as it would without a listener. `parent`: the pid of the process that
 * started this one.
 */
export function stopRequest(env: NodeJS.ProcessEnv = process.env, parent: number = parentAtStart()): StopRequest {
  let release: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => {
    const stop = () => {
      release();
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    process.once("SIGHUP", stop);
    const stopLooking = onParentGone(env, parent, stop);
    release = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.off("SIGHUP", stop);
      stopLooking?.();
    };
  });
  return { requested, release };
}
