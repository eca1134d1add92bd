// What a call that must throw threw, for the tests that then read its message,
// class or cause: a call that returns fails the test there.

/** The thrown error, or a failure when nothing is thrown. */
export function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an exception");
}
