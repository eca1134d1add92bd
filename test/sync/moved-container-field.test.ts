// A release that prints a container's field at the response's top (moved out of its container): sync --check says
// of the field gone from the container that the page prints it at the top, moved, where it said that no page
// printed it (a field to keep beyond the facts). In memory.
import { beforeAll, expect, test } from "vitest";
import { checkInMemory, withFiles } from "../support/sync-memory.js";
import { made, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

test("a container's field the page prints at the response's top is said to be printed there, moved", async () => {
  const { after } = await made(
    pageWith([
      ["cardData", null, "The card."],
      ["cardBin", "cardData", "First digits."],
      ["cardEnd", "cardData", "Last digits."],
    ]),
  );
  const release = pageWith([
    ["cardData", null, "The card."],
    ["cardEnd", "cardData", "Last digits."],
    ["cardBin", null, "First digits."],
  ]);
  const lines = await checkInMemory(withFiles(after, [[PAGE, release]]));
  const gone = lines.filter((l) => l.includes("response.fields.cardData.fields.cardBin:"));
  // Without it: "the page says no such field", as of a field the page dropped.
  expect(gone, lines.join("\n")).toEqual([
    expect.stringMatching(
      / error page-mismatch response\.fields\.cardData\.fields\.cardBin: the spec says an optional field, the page says no such field here: the page prints cardBin at the response's top \(moved there\?\)\n/,
    ),
  ]);
  expect(lines.filter((l) => l.includes("response.fields.cardBin:"))).toEqual([
    expect.stringContaining("the spec says no such field, the page says an optional field"),
  ]);
});
