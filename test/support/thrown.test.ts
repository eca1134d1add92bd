// thrown() is what every check of a documented TypeError reads the error through:
// a call that returns instead must fail the test there, not hand back an error.
import { expect, test } from "vitest";
import { thrown } from "./thrown.js";

test("thrown() gives what the call threw, whatever it is", () => {
  const error = new TypeError("x");
  expect(
    thrown(() => {
      throw error;
    }),
  ).toBe(error);
});

test("thrown() of a call that returns fails, saying an exception was expected", () => {
  for (const run of [() => undefined, () => new TypeError("returned, not thrown")]) {
    let failure: unknown;
    try {
      thrown(run);
    } catch (caught) {
      failure = caught;
    }
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe("expected an exception");
  }
});
