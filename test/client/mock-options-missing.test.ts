// startMockServer called from JavaScript without its options (or with null,
// a string) says what it takes, where it met "Cannot read properties of
// undefined (reading 'port')", a TypeError of its own reading.
import { expect, test } from "vitest";
import { startMockServer } from "../../generated/mock.js";

test.each([undefined, null, "test-key", 7])("startMockServer(%s) says it takes its options", async (options) => {
  const start = startMockServer as (options: unknown) => ReturnType<typeof startMockServer>;
  await expect(start(options)).rejects.toThrow(
    new TypeError("startMockServer takes its options, { secretKey } at least"),
  );
});
