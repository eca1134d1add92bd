// A page whose copy stopped in a field's list of values (factsStop.after names that field), released with a field
// after it: --check's line about the stop's move says that the field then takes only the values the page prints,
// as sync's pass after the move writes them, where the line left that edit unsaid. On the real spec, in memory:
// the stops, their fields and the pages are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { valuesOf } from "../../generator/model/field-shape.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { allSubjects, checkSync } from "../../generator/sync/sync-check.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, withFiles } from "../support/sync-memory.js";

interface Stopped {
  readonly page: string;
  readonly about: string;
  readonly field: string;
  readonly printed: readonly string[];
  readonly taken: number;
}

let base: SpecInput;
let stopped: Stopped[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const checked = await checkSync(base);
  if (!checked.ok) throw new Error("the spec does not check");
  stopped = allSubjects(checked).flatMap(({ op, page, located }) => {
    const callback = checked.callbacks.some((c) => c.op === op && c.page === page);
    const messages =
      callback && op.callback
        ? [["callback", op.callback.message] as const]
        : ([
            ["request", op.request],
            ["response", op.response],
          ] as const);
    const relPath = callback ? located.raw.callback?.source?.page : located.raw.source?.page;
    return messages.flatMap(([as, message]) => {
      const after = message.factsStop?.after ?? null;
      const field = message.fields.find((f) => f.name === after);
      const printed = (callback ? page.response : page[as === "request" ? "request" : "response"]).fields.find(
        (f) => f.name === after && f.container === null,
      );
      const taken = field === undefined ? 0 : (valuesOf(field)?.values.length ?? 0);
      const values = [...new Set(printed?.values.map((v) => v.value) ?? [])];
      // A response's or callback's: the release prints its new field last, after the Response's stop.
      return relPath !== undefined && as !== "request" && field && values.length > 0 && taken > values.length
        ? [{ page: relPath, about: `${as}.factsStop.after`, field: field.name, printed: values, taken }]
        : [];
    });
  });
});

test("the stop's move past a field whose list the page stopped in says the field then takes the values printed", async () => {
  expect(stopped.length).toBeGreaterThanOrEqual(1);
  for (const { page, about, field, printed, taken } of stopped) {
    const text = base.pages?.get(page) ?? "";
    const sample = text.indexOf("Response sample\n");
    if (sample < 0) throw new Error(`${page} has no Response sample heading`);
    const release = `${text.slice(0, sample)}-\nreleasedField\n- presence\n- Optional\n- Interface version\n- 9.9\nA field the release prints last.\n${text.slice(sample)}`;
    const lines = await checkInMemory(withFiles(base, [[page, release]]));
    const line = lines.find((l) => l.includes(` ${about}: `));
    // Without it: the line named the stop's new place alone, and sync then cut the field's values to those printed.
    expect(line, lines.join("\n")).toContain(
      `; past it, ${field}'s values are no longer a list the page stopped in: it then takes the ${printed.length} the page prints (${printed.join(", ")}), of the ${taken} it takes now`,
    );
  }
});
