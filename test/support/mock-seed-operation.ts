// The operation the mock server's tests send (paymentTokenInitialize), its
// facts read from the registry (status codes, endpoint), not copied: a valid
// request's fields, its requests sealed, and the 500's text for a handler that
// threw (test/client/mock-server-*.test.ts, mock-handler-*.test.ts).
import { operations } from "../../generated/index.js";

export const secretKey = "mock-test-key";
export const op = operations.paymentTokenInitialize;
const seedStatus = op.status;
if (!seedStatus) throw new Error("the seed operation has no status block");
export const status = seedStatus;
/** Where the mock serves it. */
export const path = new URL(op.endpoints.test).pathname;

/** A code of the status field's list other than the accepted one. */
export const otherCode = (() => {
  const code = op.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;
  if (code === undefined) throw new Error("the status field's list holds no code but the accepted one");
  return code;
})();

/** The version a request declares: the recommended one, or one of the prefix where an operation recommends none. */
export const versionOf = (iv: { readonly recommended: string | null; readonly prefix: string }): string =>
  iv.recommended ?? `${iv.prefix}2.0`;

/** A request of the operation with `fields`, sealed with `key`, as the text posted. */
export function sealedRequest(name: keyof typeof operations, fields: Record<string, unknown>, key = secretKey): string {
  const descriptor = operations[name];
  const message = {
    interfaceVersion: versionOf(descriptor.interfaceVersion),
    keyVersion: 1,
    merchantId: "002001000000001",
    ...fields,
  };
  return JSON.stringify({ ...message, seal: descriptor.request.seal(message as never, key) });
}

/** The fields of a valid request of the seed operation, beside those sealedRequest adds. */
export const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" };

/** The 500's text for what a handler threw, of a mock given no onError: where, and the error's class or kind alone. */
export const threw = (operation: string, kind: string): string =>
  `the mock failed to answer: the handler of ${operation} threw ${kind} (its message is not sent; give the mock an onError option to receive it)`;
