// Every timed call gets a call site of its own. V8 keeps what a call site has
// seen (its feedback) per function literal, shared by every closure made from
// it: a harness that calls `task.run()` from one literal for every competitor
// and scenario makes that site megamorphic, and which callee the compiler
// inlines then depends on which tasks ran before. Compiling the literal afresh
// for each task gives each its own feedback, the same treatment for all.

/** How many sites were made: each one's text ends with its number. */
let sites = 0;

/**
 * `factory(...args)`, with `factory` compiled anew from its source: the
 * function it returns and the calls inside it see only what this task gives
 * them. `factory` must use nothing but its parameters (no closed-over names).
 */
export function ownSite<A extends unknown[], R>(factory: (...args: A) => R, ...args: A): R {
  // A text of its own: V8 keeps compiled source texts, and closures made from one text share its feedback, so
  // two tasks written alike (the generated validator and the previous generator's, or one scenario and the next)
  // would share their call sites again.
  const fresh = new Function(`return (${factory.toString()}); // site ${(sites += 1)}`)() as (...args: A) => R;
  return fresh(...args);
}
