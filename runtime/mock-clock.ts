// The clock of the mock's own waits: close()'s bounds and its tries of the port.
// The mock is a test tool, and a suite that fakes timers (vitest's or jest's
// fake timers, @sinonjs/fake-timers) calls close() in its afterEach with the
// fake installed and never advanced: a wait on a faked timer never ends. Those
// libraries replace the global timers, and vitest's and sinon's the properties
// of `node:timers` too, for as long as they are installed; none of them replaces
// a function already taken from it. So the mock takes the platform's timers
// once, as this module loads (a bundle or a CommonJS build reads a property at
// each call: taking them here holds there too). A fake installed on
// `node:timers` before anything of the process imported it is what the mock
// takes, then: vitest imports it as it starts, jest's fakes never touch it.

import { clearTimeout, setTimeout } from "node:timers";

/** Timers a wait of the mock sets; `setTimeout`'s timer keeps the process alive until it fires or is cleared. */
export interface MockClock {
  readonly setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  readonly clearTimeout: (timer: ReturnType<typeof setTimeout>) => void;
}

/** The platform's timers, as they were when the mock loaded: the clock of close()'s tries of the port. */
export const platformClock: MockClock = Object.freeze({ setTimeout, clearTimeout });

/**
 * The clock of close()'s bounds (its wait for the client sockets, its tries of the port): the platform's. The
 * package's own tests set a fake in its place to hold each bound to its length, the tries staying on the platform's
 * clock; the package does not export it, and nothing else writes it.
 */
export const boundClock: { current: MockClock } = { current: platformClock };
