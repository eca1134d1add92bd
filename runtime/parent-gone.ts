// Whether the process that started this one has gone, for a process that npm
// started: the `sips-json` bin and `npm run generate -- --watch` each stop then.

/** How often a process started by npm looks whether the process that started it is still there. */
const PARENT_LOOK_MS = 250;

/**
 * Calls `gone` once the process that started this one (`parent`, its pid as this one started) is no longer
 * its parent, when npm started it (`npm_command` is set in `env`): npm (npm run, npx, npm exec) runs a
 * command under a shell of its own (`sh -c`) and passes a SIGTERM or SIGINT sent to npm to that shell
 * alone, which ends without passing it on, and the command ran on, orphaned. Its parent's end is told by
 * the parent pid changing, as it does on Linux and macOS (never on Windows). The look keeps no process
 * alive. Returns what stops looking; undefined, looking for nothing, when npm did not start the process.
 */
export function onParentGone(
  env: { readonly [name: string]: string | undefined },
  parent: number,
  gone: () => void,
): (() => void) | undefined {
  if (env["npm_command"] === undefined) return undefined;
  const look = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(look);
    gone();
  }, PARENT_LOOK_MS);
  look.unref();
  return () => clearInterval(look);
}
