// The spec against the saved Sips pages it cites: for each such operation the
// page reads without defect, sync finds no difference that is not recorded as
// deliberate, and the generated changelog is the page's, row for row. The
// facts come from the pages, so a new page release needs no edit here. A
// callback that cites a page of its own has that page's rows in a table of its own.
import { beforeAll, describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import type { SipsPage } from "../../generator/read/page/page-model.js";
import { checkSync, type SyncCheck, type SyncSubject } from "../../generator/sync/sync-check.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";

let checked: SyncCheck;
beforeAll(async () => {
  checked = await checkSync(await readSpecInput(specDir));
});

const subjects = () => (checked.ok ? checked.subjects : []);

test("the spec is valid, every page reads cleanly and is cited", () => {
  expect(checked.ok).toBe(true);
  expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
});

test("at least one operation cites a page", () => {
  expect(subjects().length).toBeGreaterThan(0);
});

describe("each operation with a page", () => {
  test("has no difference with its page but recorded deviations", () => {
    for (const { op, differences } of subjects()) expect(differences.map((d) => `${op.name} ${d.about}`)).toEqual([]);
  });

  test("reads every field and changelog row of its page", () => {
    for (const { op, page } of subjects()) {
      expect(pageFieldsWanted(op.request, page.request), `${op.name} request`).toBe(true);
      expect(pageFieldsWanted(op.response, page.response), `${op.name} response`).toBe(true);
      // So does one whose copy stops before its Changelog, at the end of the page.
      if (!copyStops(op, page)) expect(page.changelog.length, op.name).toBeGreaterThan(0);
    }
  });

  test("generates the page's changelog, exactly and in page order", async () => {
    const { files } = await generateRepoSpec();
    for (const { op, page, located } of subjects()) {
      if (copyStops(op, page)) continue;
      const kept = new Set((located.raw.source?.deviations ?? []).map((d) => d.about));
      expect(changelogRows(files, op.name, "operation"), op.name).toEqual(want(page, kept));
    }
  });
});

describe("each callback with a page", () => {
  test("generates its page's changelog rows in the callback's own table, apart from the operation's", async () => {
    const callbacks = checked.ok ? checked.callbacks : [];
    expect(callbacks.length).toBeGreaterThan(0);
    const { files } = await generateRepoSpec();
    for (const { op, page, located } of callbacks) {
      expect(page.changelog.length, op.name).toBeGreaterThan(0);
      // A row the page's changelog leaves out though its field list dates the field, kept on purpose: a deviation
      // recorded on it (sync --check holds each such deviation to still differ from the page).
      const kept = new Set((located.raw.source?.deviations ?? []).map((d) => d.about));
      const rows = changelogRows(files, op.name, "callback").filter(
        (row) => !kept.has(`callback.changelog.${row.split("|")[2]?.trim()}`),
      );
      expect(rows, op.name).toEqual(want(page));
    }
  });
});

/**
 * Whether a page's message lists the fields its spec message says it does: some, where the saved facts
 * do not stop; the last field they hold, where they stop after one (`factsStop.after`); none, where they
 * stop before the first (a copy that stops before the section, or prints its headings without fields).
 */
function pageFieldsWanted(
  spec: SyncSubject["op"]["request"],
  page: SipsPage["request"],
): boolean {
  const names = page.fields.map((f) => f.name);
  if (spec.factsStop === null) return names.length > 0;
  return spec.factsStop.after === null ? names.length === 0 : names.includes(spec.factsStop.after);
}

/** A page whose saved copy stops before its Changelog: it lists no row, and the spec says where its facts stop. */
const copyStops = (op: SyncSubject["op"], page: SipsPage): boolean =>
  page.changelog.length === 0 && (op.request.factsStop !== null || op.response.factsStop !== null);

/** The dated rows of an operation's CHANGELOG.md: its own table's, or its callback's (after the callback's label). */
function changelogRows(files: readonly { path: string; content: string }[], operation: string, table: "operation" | "callback") {
  const file = files.find((f) => f.path === `operations/${operation}/CHANGELOG.md`);
  const lines = (file?.content ?? "").split("\n");
  const split = lines.findIndex((l) => l.startsWith("Callback "));
  const part = table === "operation" ? lines.slice(0, split < 0 ? lines.length : split) : split < 0 ? [] : lines.slice(split);
  return part.filter((l) => /^\| \d/.test(l)).map((r) => r.replace(/\s+\|$/, " |").replace(/ {2,}/g, " "));
}

/**
 * The page's rows, but those of a version the spec keeps otherwise on purpose (a deviation recorded on the field's
 * version, or on the whole field): a container is one type for every operation, and a page that prints its fields
 * with versions of its own does not make them the type's.
 */
const want = (page: SipsPage, kept: ReadonlySet<string> = new Set()) =>
  page.changelog
    .filter((r) => !versionKept(r, kept))
    .map((r) => `| ${r.version} | ${r.field} | ${r.attendance} | ${r.container} |`.replace(/ {2,}/g, " "));

function versionKept(row: SipsPage["changelog"][number], kept: ReadonlySet<string>): boolean {
  const messages = row.attendance.toLowerCase().split("/");
  return messages.every((message) => {
    const field = row.container
      ? `${message}.fields.${row.container}.fields.${row.field}`
      : `${message}.fields.${row.field}`;
    return kept.has(field) || kept.has(`${field}.since`);
  });
}
