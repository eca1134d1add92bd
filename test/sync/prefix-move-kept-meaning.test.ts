// A value's own meaning kept on purpose (a deviation on
// `request.fields.interfaceVersion.values.WR_WS_2..meaning`) whose prefix
// value the page then moves (WR_WS_3.): the deviation names the list's value,
// not the page's text, so the check still reports it as kept, sync keeps the
// spec's meaning, renames the deviation with the value, and the check after it
// still finds it kept. In memory: no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { keptMeaningAbout } from "../../generator/rules/meanings.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const WALLET = "sources/getWalletData.page.txt";
const SPEC = "operations/office/getWalletData.yaml";
const OWN = "The wallet interface as this spec words it.";
const KEPT_2 = keptMeaningAbout("request", "interfaceVersion", "WR_WS_2.");
const KEPT_3 = keptMeaningAbout("request", "interfaceVersion", "WR_WS_3.");

/** The spec with getWalletData's page attached, its interfaceVersion's meaning its own and kept from the page. */
let kept: SpecInput;
/** The page's next major release: WR_WS_3. where it printed WR_WS_2. */
let moved: string;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const page = fixturePage("getWalletData.page.txt");
  moved = page.replace("Recommended interfaceVersion: WR_WS_2.53", "Recommended interfaceVersion: WR_WS_3.1");
  moved = moved.replace(/^WR_WS_2\.$/m, "WR_WS_3.");
  expect(moved.match(/^WR_WS_3\.$/gm)).toHaveLength(1);
  const { report, after } = await syncInMemory(withFiles(base, [[WALLET, page]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const text = specTexts(after).get(SPEC) ?? "";
  const description = "      description: Interface prefix followed by a version number.\n";
  const deviations = "  deviations:\n";
  expect(text).toContain(description);
  const withKept = text
    .replace(description, `${description}      meanings:\n        WR_WS_2.: ${OWN}\n`)
    .replace(
      deviations,
      `${deviations}    - about: ${KEPT_2}\n      reason: The page's meaning is another interface's.\n`,
    );
  kept = withFiles(after, [], new Map([[SPEC, withKept]]));
  const lines = await checkInMemory(kept);
  expect(lines.filter((l) => l.includes(` page-deviation ${KEPT_2} `))).toHaveLength(1);
});

test("the check of the moved page reports the kept meaning as kept, not as a difference nor unused", async () => {
  const lines = await checkInMemory(withFiles(kept, [[WALLET, moved]]));
  expect(lines.filter((l) => l.includes(` page-deviation ${KEPT_2} `))).toHaveLength(1);
  expect(lines.filter((l) => l.includes(".meaning") && / error /.test(l))).toEqual([]);
});

test("sync keeps the meaning with the moved value, renames its deviation, and the check after it still finds it kept", async () => {
  const { report, after } = await syncInMemory(withFiles(kept, [[WALLET, moved]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const text = specTexts(after).get(SPEC) ?? "";
  expect(text).toContain(`        WR_WS_3.: ${OWN}\n`);
  expect(text).toContain(`    - about: ${KEPT_3}\n`);
  expect(text).not.toContain("WR_WS_2.:");
  expect(text).not.toContain(KEPT_2);
  expect(report.messages.join("\n")).toContain("every deviation keeping its meaning");
  // Nothing of the field is said to change but the move: its values and meaning stay.
  expect(report.messages.filter((m) => m.includes("field interfaceVersion takes"))).toEqual([]);
  const lines = await checkInMemory(after);
  expect(lines.filter((l) => l.includes(` page-deviation ${KEPT_3} `))).toHaveLength(1);
  expect(lines.filter((l) => / error /.test(l))).toEqual([]);
  expect([...(await syncInMemory(after)).report.written.keys()]).toEqual([]);
});

test("a move another operation holds names the deviations among what to rename by hand", async () => {
  const ORDER = "operations/in-app/orderInitialize.yaml";
  const order = (specTexts(kept).get(ORDER) ?? "").replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  expect(order).toContain("prefix: WR_WS_");
  const lines = await checkInMemory(withFiles(kept, [[WALLET, moved]], new Map([[ORDER, order]])));
  const held = lines.filter((l) => l.includes(" page-prefix-held "));
  expect(held).toHaveLength(1);
  // Without it: "in the list and in each values: that names it", where a kept meaning's deviation names it too.
  expect(held[0]).toContain("in the list and in each values:, meanings: and source.deviations about that names it");
});
