// A misspelt interfaceVersions key is answered with the operations closest to
// it (nearNames, the package's one rule of suggestions), every one as close
// named: the configuration's author picks one. The mock's refusal of a
// handler's or urlOf's name follows the same rule (servedLike).
import { expect, test } from "vitest";
import { resolveConfig } from "../../generated/runtime/client-config.js";
import { servedLike } from "../../generated/runtime/mock-server-options.js";

const OPERATIONS = ["cardCheck", "cardChecks", "cardOrder", "refund"];
const resolve = (interfaceVersions: Record<string, string>) => () =>
  resolveConfig(
    {
      environment: "http://127.0.0.1:9",
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey: "mock-test-key",
      fetch: async () => new Response("{}"),
      interfaceVersions,
    } as never,
    undefined,
    OPERATIONS,
  );

test("the closest operation is suggested, and every one as close", () => {
  // cardChecks is two edits away where cardCheck is one.
  expect(resolve({ cardChecr: "IR_WS_2.0" })).toThrow(
    new TypeError("interfaceVersions.cardChecr: the client has no such operation (did you mean cardCheck?)"),
  );
  expect(resolve({ cardChecky: "IR_WS_2.0" })).toThrow(
    new TypeError(
      "interfaceVersions.cardChecky: the client has no such operation (did you mean cardCheck or cardChecks?)",
    ),
  );
  expect(resolve({ refnd: "IR_WS_2.0" })).toThrow(
    new TypeError("interfaceVersions.refnd: the client has no such operation (did you mean refund?)"),
  );
});

test("the mock's refusal of a handler's or urlOf's name suggests by the same rule", () => {
  expect(servedLike("cardChecr", OPERATIONS)).toBe("did you mean cardCheck?");
  expect(servedLike("cardChecky", OPERATIONS)).toBe("did you mean cardCheck or cardChecks?");
  expect(servedLike("walletCreditHolder", OPERATIONS)).toBe(`it serves ${OPERATIONS.join(", ")}`);
});
