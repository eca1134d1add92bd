// A container type shared with another operation, whose fields lie beyond a message's saved facts (no page printed
// them) and are written with a version and a presence: one page-container-mismatch for the container, each field's
// fact on a line of its own, and once, after them, why the page gives none (the fields are beyond the saved facts)
// and what to do instead. In memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkAdvice } from "../../generator/sync/check-advice.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const FILE = "operations/in-app/paymentTokenInitialize.yaml";
const OTHER = "operations/in-app/orderInitialize.yaml";
const LAST = '    sealAlgorithm: { from: dictionary, presence: optional, since: "2.37" }\n';
const OTHER_LAST = "    sealAlgorithm: { from: dictionary, since: undocumented }\n";

/** A container no page printed, with two fields written with a version and a presence. */
const BOX = `    beyondBox:
      presence: undocumented
      since: undocumented
      type: container
      description: A box no page printed.
      fields:
        boxNote: { presence: required, since: "2.0", description: A note in the box. }
        boxTag: { presence: optional, since: "2.0", description: A tag of the box. }
`;

/** The fixture with paymentTokenInitialize's request stopping its facts at sealAlgorithm, the box after it, and
 * orderInitialize's request holding the same box (one type, BeyondBox). */
async function withSharedBox() {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const yaml = readFileSync(path.join(fixture, FILE), "utf8");
  const other = readFileSync(path.join(fixture, OTHER), "utf8");
  if (!yaml.includes(LAST) || !yaml.includes("request:\n  fields:\n") || !other.includes(OTHER_LAST))
    throw new Error("the fixture's requests are written otherwise");
  const stopped = yaml
    .replace(
      "request:\n  fields:\n",
      "request:\n  factsStop:\n    after: sealAlgorithm\n    see: https://example.com/page.html\n  fields:\n",
    )
    .replace(LAST, `${LAST}${BOX}`);
  return withFiles(
    base,
    [],
    new Map([
      [FILE, stopped],
      [OTHER, other.replace(OTHER_LAST, `${OTHER_LAST}${BOX}`)],
    ]),
  );
}

test("the container's fields beyond the saved facts say once why the page gives them no version or presence", async () => {
  const lines = await checkInMemory(await withSharedBox());
  const errors = lines.filter((l) => l.includes(" page-container-mismatch "));
  expect(errors, lines.join("\n")).toHaveLength(1);
  const [, ...lines2] = (errors[0] ?? "").split("\n");
  const place = /^ {2}spec\/sources\/paymentTokenInitialize\.page\.txt:\d+:\d+ /;
  expect(lines2.every((l) => place.test(l))).toBe(true);
  const said = lines2.map((l) => l.replace(place, ""));
  // Without it: each of the four lines went on with why (the fields beyond the saved facts) and what to do instead.
  expect(said.slice(0, 4)).toEqual([
    "boxNote.since: the spec says 2.0, the page says no version",
    "boxTag.since: the spec says 2.0, the page says no version",
    "boxNote.presence: the spec says required, the page says no presence",
    "boxTag.presence: the spec says optional, the page says no presence",
  ]);
  expect(said.slice(4)).toEqual([
    expect.stringMatching(
      /^"no version" above: the field is beyond the saved facts \(request\.factsStop\), .*gives no version of it; /,
    ),
    expect.stringMatching(
      /^"no presence" above: the field is beyond the saved facts \(request\.factsStop\), .*whether Sips asks for it; /,
    ),
  ]);
});

test("sync --check's advice names the container's fields once, as its error groups them", async () => {
  const checked = await checkSync(await withSharedBox());
  if (!checked.ok) throw new Error("the fixture spec is valid");
  // Without it: the four paths in full, each beside the others, where the error names the container once.
  expect(checkAdvice(checked)).toContain(
    "edit the spec by hand where sync cannot decide (request.fields.beyondBox.fields.<field> (4 facts, each said above)), or record a deviation under source.deviations",
  );
});
