// Where a message's saved facts stop, its section of the reference page says
// what a program does with the fields beyond them: a call sends them under
// `beyondFacts`, a message received reads them as `unknown`. A message whose
// facts do not stop says neither. Held on the repository's output and on the
// golden fixture's, from their models.
import { describe, expect, test } from "vitest";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";
import { pageSection } from "../support/page-section.js";

const outputs = [
  { label: "repository", generated: generateRepoSpec },
  { label: "golden fixture", generated: generateGoldenSpec },
];

const SENT = "under `beyondFacts`";
const RECEIVED = "as `unknown`";

describe.each(outputs)("$label", ({ generated }) => {
  test("a message whose facts stop says how its fields beyond them are sent or read; no other does", async () => {
    const { model, files } = await generated();
    const seen = { stop: 0, other: 0 };
    for (const op of model.operations) {
      const page = files.find((f) => f.path === `docs/${op.name}.md`)?.content ?? "";
      const messages = [
        { title: "Request", message: op.request, says: SENT },
        { title: "Response", message: op.response, says: RECEIVED },
        ...(op.callback ? [{ title: "Callback:", message: op.callback.message, says: RECEIVED }] : []),
      ];
      for (const { title, message, says } of messages) {
        const text = pageSection(page, title);
        expect(text, `${op.name} ${title}`).not.toBe("");
        expect(text.includes(says), `${op.name} ${title}`).toBe(message.factsStop !== null);
        expect(text.includes(says === SENT ? RECEIVED : SENT), `${op.name} ${title}`).toBe(false);
        seen[message.factsStop ? "stop" : "other"] += 1;
      }
    }
    expect(seen.stop).toBeGreaterThan(0);
    expect(seen.other).toBeGreaterThan(0);
  });
});
