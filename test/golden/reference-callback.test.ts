// A callback's section of the reference page says which interface its fields'
// versions belong to where it is not the operation's (a Paypage response's
// versions are the POST form's): a "Since" of 3.0 read against the operation's
// JSON interface would be another version. Held on the repository's output and
// on the golden fixture's.
import { describe, expect, test } from "vitest";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";
import { pageSection } from "../support/page-section.js";

const outputs = [
  { label: "repository", generated: generateRepoSpec },
  { label: "golden fixture", generated: generateGoldenSpec },
];

describe.each(outputs)("$label", ({ generated }) => {
  test("a callback whose versions are another interface's names it", async () => {
    const { model, files } = await generated();
    const callbacks = model.operations.flatMap((op) =>
      op.callback && op.callback.message.interfacePrefix !== op.interfaceVersion.prefix
        ? [{ op: op.name, prefix: op.callback.message.interfacePrefix }]
        : [],
    );
    expect(callbacks.length).toBeGreaterThan(0);
    for (const { op, prefix } of callbacks) {
      const page = files.find((f) => f.path === `docs/${op}.md`)?.content ?? "";
      expect(pageSection(page, "Callback:"), op).toContain(`versions are those of the \`${prefix}\` interface`);
    }
  });
});

describe.each(outputs)("$label: the decoder by name", ({ generated }) => {
  test("a callback's reference section and its type's doc name the decoder its callback module exports", async () => {
    const { model, files } = await generated();
    const callbacks = model.operations.flatMap((op) => (op.callback ? [op] : []));
    expect(callbacks.length).toBeGreaterThan(0);
    for (const op of callbacks) {
      const module = files.find((f) => f.path === `operations/${op.name}/callback.ts`)?.content ?? "";
      const decoder = /export function (decode\w+)</.exec(module)?.[1];
      expect(decoder, op.name).toBeDefined();
      const page = files.find((f) => f.path === `docs/${op.name}.md`)?.content ?? "";
      expect(pageSection(page, "Callback:"), op.name).toContain(`\`${decoder}\` (\`sips-json/paypage\`) verifies`);
      const types = files.find((f) => f.path === `operations/${op.name}/types.ts`)?.content ?? "";
      expect(types, op.name).toContain(`decode it with \`${decoder}\``);
    }
  });
});
