// A required field of a container, or of a list's container items, given under
// a slip of its name: its "is required" names the key, at its own pointer, as
// a message's top-level field's does (required-slip.test.ts; the repository
// spec's containers require no field). Held on the golden fixture's cardCheck,
// whose customer requires its name, its address its zip code, and whose cards
// each require an expiry date.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

type Issue = { path: string; code: string; message: string };
type Validate = (input: unknown, options?: object) => { ok: boolean; errors?: readonly Issue[] };
let cardCheck: { request: { validate: Validate }; response: { validate: Validate } };

beforeAll(async () => {
  const { files } = await generateGoldenSpec();
  const dir = keptOutput("required-slip-containers", files, "javascript");
  const index = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  cardCheck = (index.operations as unknown as Record<string, typeof cardCheck>)["cardCheck"] as typeof cardCheck;
});

const requiredAt = (errors: readonly Issue[] | undefined, at: string) =>
  (errors ?? []).filter((e) => e.path === at && e.code === "required").map((e) => e.message);

test("a container's required field and a list item's, each under a slip, are told the key given", () => {
  for (const strict of [false, true]) {
    const { errors } = cardCheck.response.validate(
      {
        customer: { nmae: "Ada", address: { zipCod: "75001" } },
        cards: [{ panExpiryDat: "202612" }, { panExpiryDate: "202612" }, { panexpirydate: "202612" }],
      },
      { strict },
    );
    expect(requiredAt(errors, "/customer/name")).toEqual(["is required; was it given as nmae?"]);
    expect(requiredAt(errors, "/customer/address/zipCode")).toEqual(["is required; was it given as zipCod?"]);
    expect(requiredAt(errors, "/cards/0/panExpiryDate")).toEqual(["is required; was it given as panExpiryDat?"]);
    expect(requiredAt(errors, "/cards/1/panExpiryDate")).toEqual([]);
    expect(requiredAt(errors, "/cards/2/panExpiryDate")).toEqual(["is required; was it given as panexpirydate?"]);
  }
});

test("a container's required field absent with no slip given is told as before", () => {
  const { errors } = cardCheck.response.validate({ customer: { address: {} }, cards: [{}] }, { strict: true });
  expect(requiredAt(errors, "/customer/name")).toEqual(["is required"]);
  expect(requiredAt(errors, "/customer/address/zipCode")).toEqual(["is required"]);
  expect(requiredAt(errors, "/cards/0/panExpiryDate")).toEqual(["is required"]);
});
