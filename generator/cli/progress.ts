import type { Emitter } from "../emit/generated-file.js";

/** Where progress goes: a terminal (stderr), or a fake one in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** What a long run shows while it works; a run that is quick or not on a terminal shows nothing. */
export interface Progress {
  /** A stage of the run, shown until the next. */
  stage(label: string): void;
  /** Operations are being emitted: `total` in all. */
  operations(total: number): void;
  /** One more operation emitted. */
  operationDone(): void;
  /** Clears the line; the run's own output follows. */
  end(): void;
}

const silent: Progress = { stage() {}, operations() {}, operationDone() {}, end() {} };

/** Lines are redrawn at most this often, and only once a run has lasted that long (a quick run stays silent). */
const INTERVAL_MS = 100;

/**
 * Progress on one line of a terminal, redrawn in place ("operations generated:
 * 312/1000"); nothing at all when the stream is not a terminal or `quiet` is set.
 */
export function progressOn(stream: ProgressStream, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || !stream.isTTY) return silent;
  const started = now();
  let drawn = started;
  let shown = false;
  let label = "";
  let done = 0;
  let total = 0;
  const text = () => (total > 0 ? `${label}: ${done}/${total}` : label);
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - drawn < INTERVAL_MS) return;
    if (t - started < INTERVAL_MS) return;
    drawn = t;
    shown = true;
    stream.write(`\r\x1b[K${text()}`);
  };
  return {
    stage(next) {
      label = next;
      total = 0;
      draw(true);
    },
    operations(count) {
      label = "operations generated";
      total = count;
      done = 0;
      draw(true);
    },
    operationDone() {
      done++;
      draw(done === total);
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}

/**
 * The emitters, counting operations as they are emitted: the last emitter
 * that writes per-operation files reports each operation done. Names stay,
 * so the memo keys (which name the emitters) stay too.
 */
export function countingOperations(emitters: readonly Emitter[], progress: Progress): Emitter[] {
  const last = emitters.findLastIndex((e) => e.operation !== undefined);
  return emitters.map((emitter, index) => {
    const operation = emitter.operation;
    if (index !== last || operation === undefined) return emitter;
    return {
      ...emitter,
      operation: (scope) => {
        const files = operation(scope);
        progress.operationDone();
        return files;
      },
    };
  });
}
