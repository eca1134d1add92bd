// A page release that changes several fields of a container type shared with another operation: one error for
// the container, each of its fields' differences a line at the page's place, where each was an error of its own
// repeating whose type it is and where to change it. In memory.
import { beforeAll, expect, test } from "vitest";
import { syncInMemory, withFiles } from "../support/sync-memory.js";
import { base, finalize, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

const card = (extra: readonly [string, string | null, string][]) =>
  pageWith([["cardData", null, "The card."], ["cardBin", "cardData", "First digits."], ...extra]);

test("a release that adds two fields to a shared container and changes a third gives one error naming each", async () => {
  const { after: both } = await syncInMemory(withFiles(base, [[PAGE, card([])], finalize(card([]))]), "Checkout");
  const release = card([
    ["cardEnd", "cardData", "Last digits."],
    ["cardKind", "cardData", "Kind of card."],
  ]).replace("- Optional\n- Interface version\n- 2.0\n- Container\n- cardData\nFirst digits.", (block) =>
    block.replace("- 2.0\n", "- 2.5\n"),
  );
  if (!release.includes("- 2.5\n- Container\n- cardData\nFirst digits.")) throw new Error("the fixture page changed");
  const { report } = await syncInMemory(withFiles(both, [[PAGE, release]]));
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  const errors = report.messages.filter((m) => m.includes("page-container-mismatch"));
  // Without it: three errors, one a fact, each saying the type is shared and where to change it.
  expect(errors).toHaveLength(1);
  const [head, ...facts] = (errors[0] ?? "").split("\n");
  expect(head).toMatch(
    /^spec\/operations\/checkout\/paymentProviderInitialize\.yaml:\d+:\d+ error page-container-mismatch response\.fields\.cardData\.fields: the page differs from the spec in 3 facts of these fields \(below, each at the page's line\); container type CardData is one type, shared with paymentProviderFinalize: change it in every definition of the type, or record each difference under source\.deviations \(about: response\.fields\.cardData\.fields\.<field>\.\.\.\)$/,
  );
  const lineOf = (text: string): number => release.slice(0, release.indexOf(text)).split("\n").length;
  expect(facts).toEqual([
    `  spec/sources/paymentProviderInitialize.page.txt:${lineOf("- 2.5\n- Container")}:3 cardBin.since: the spec says 2.0, the page says 2.5`,
    `  spec/sources/paymentProviderInitialize.page.txt:${lineOf("-\ncardEnd\n") + 1}:1 cardEnd: the spec says no such field, the page says an optional field`,
    `  spec/sources/paymentProviderInitialize.page.txt:${lineOf("-\ncardKind\n") + 1}:1 cardKind: the spec says no such field, the page says an optional field`,
  ]);
});
