// An unsealed reply's error points at the key and its keyVersion only where the reply claims its operation's
// signature-error code (runtime/client-reply.ts): not for a reply that claims no code, whether its operation has a
// signature-error code or none, nor for another code. Each operation of the registry, its codes from its status.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { readReply } from "../../generated/runtime/client-reply.js";

const ADVICE = "check that secretKey is the shop's key of the configured keyVersion";

/** What the client's error says of an unsealed reply `body` to a call of `operation`. */
function errorOf(operation: unknown, body: Record<string, unknown>): string {
  const reply = readReply(
    operation as never,
    { status: 200, body: JSON.stringify(body) },
    { secretKey: "key", sealAlgorithm: undefined },
  );
  return reply.ok ? "ok" : `${reply.error.kind}: ${reply.error.message}`;
}

test("an unsealed reply's advice follows the operation's signature-error code alone", () => {
  const advised = { claimed: 0, withoutCode: 0 };
  for (const [name, operation] of Object.entries(operations)) {
    const status = operation.status;
    const unclaimed = errorOf(operation, {});
    expect([name, unclaimed.startsWith("unsealed-response: "), unclaimed.includes(ADVICE)]).toEqual([
      name,
      true,
      false,
    ]);
    if (status === null) continue;
    if (status.signatureError === null) advised.withoutCode++;
    else {
      expect([name, errorOf(operation, { [status.field]: status.signatureError }).includes(ADVICE)]).toEqual([
        name,
        true,
      ]);
      advised.claimed++;
    }
    const codes: readonly (string | null)[] = [status.formatError, status.accepted];
    const other = codes.find((code) => code !== null && code !== status.signatureError);
    if (other !== undefined)
      expect([name, errorOf(operation, { [status.field]: other }).includes(ADVICE)]).toEqual([name, false]);
  }
  // Both kinds of operation are in the registry: each case above was run.
  expect(advised.claimed).toBeGreaterThan(0);
  expect(advised.withoutCode).toBeGreaterThan(0);
});
