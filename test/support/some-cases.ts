// The table of a test.each or describe.each that is worked out from the spec
// or the generated code: vitest runs no test over an empty table and says
// nothing, so a change that empties one would leave its tests passing unseen.

/** `list`, or an error (the test file fails as it loads) when it holds nothing: `what` says what was looked for. */
export function someCases<T>(what: string, list: readonly T[]): readonly T[] {
  if (list.length === 0) throw new Error(`no ${what} found: the tests over them would run on none`);
  return list;
}
