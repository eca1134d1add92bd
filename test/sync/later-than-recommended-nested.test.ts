// A request field a release adds inside a container, later than the
// operation's recommended version: sync's line names it by its path in the
// container, as the field's own line does. In memory.
import { beforeAll, expect, test } from "vitest";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";
import { made, PAGE, readBase } from "../support/page-containers.js";

beforeAll(readBase);

type Printed = readonly [name: string, since: string, container: string | null, description: string];

/** A request field block as the pages print it, in `container` when given. */
const block = ([name, since, container, description]: Printed): string =>
  `-\n${name}\n- presence\n- Optional\n- Interface version\n- ${since}\n${container === null ? "" : `- Container\n- ${container}\n`}${description}\n`;

/** paymentProviderInitialize's fixture page with these request fields after its last, and their changelog rows. */
function requestPage(fields: readonly Printed[]): string {
  const rows = fields.map(([name, since, container]) => `${since} |\n${name}\n|\nRequest | ${container ?? ""} |`);
  const last = "- Seal computed with SHA-256\n";
  const page = fixturePage("paymentProviderInitialize.page.txt");
  expect(page).toContain(last);
  return page
    .replace(last, `${last}${fields.map(block).join("")}`)
    .replace(/Response \|$/, `Response | |\n${rows.join("\n").replace(/ \|$/, "")}`);
}

test("a field added in a container later than the recommended version is named by its path", async () => {
  const saved: Printed[] = [
    ["shopData", "2.0", null, "The shop's data."],
    ["shopNote", "2.0", "shopData", "A note."],
  ];
  const { after: first } = await made(requestPage(saved));
  const recommended = /Recommended interfaceVersion: (IR_WS_\S+)/.exec(
    fixturePage("paymentProviderInitialize.page.txt"),
  );
  const release = requestPage([...saved, ["shopRef", "2.99", "shopData", "A reference."]]);
  const { report } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.messages).toContainEqual(
    expect.stringContaining("request field shopData.shopRef added (optional, 2.99)"),
  );
  expect(report.messages.filter((m) => m.includes("later than the recommended"))).toEqual([
    expect.stringContaining(
      `paymentProviderInitialize: request field shopData.shopRef is since 2.99, later than the recommended ${recommended?.[1]}, `,
    ),
  ]);
});
