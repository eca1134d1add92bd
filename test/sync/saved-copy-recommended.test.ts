// A saved page renders one public copy of its page. Where the copies disagree
// on the recommended version and the spec follows another copy than the saved
// one, the saved page keeps its copy's version and the spec records the
// difference (source.deviations), so that `sync --check` says so: a saved page
// edited to print another copy's version renders no copy, and the check then
// says the spec agrees with a page nobody published. The source notes name the
// saved copy's version; the facts come from them and the pages. Not among the
// tests a page release must pass untouched (page-release.test.ts): a release
// changes its page's version, and the notes that name the old one are then to
// be written again.
import { beforeAll, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync, type SyncCheck } from "../../generator/sync/sync-check.js";
import { specDir } from "../support/paths.js";

let checked: SyncCheck;
beforeAll(async () => {
  checked = await checkSync(await readSpecInput(specDir));
});

const VERSION = String.raw`([A-Z]+_(?:[A-Z]+_)?\d[\d.]*\d)`;
/** "Facts of <a copy> (..., recommended version V": the copy the saved page renders, and its version. */
const FACTS_OF = new RegExp(String.raw`^Facts of [^:]*?\brecommended(?: version)? ${VERSION}`);
/** "The saved page is the English copy, which recommends V", or "the English copy's, which recommends V". */
const SAVED_COPY = new RegExp(String.raw`\b(?:saved page is the \w+ copy|\w+ copy's), which recommends ${VERSION}`);

/** The recommended version the source notes give to the copy the saved page renders, if they name one. */
function savedCopyVersion(notes: readonly string[]): string | null {
  for (const raw of notes) {
    const note = raw.replace(/\s+/g, " ").trim();
    const found = SAVED_COPY.exec(note) ?? FACTS_OF.exec(note);
    if (found?.[1]) return found[1].replace(/\.$/, "");
  }
  return null;
}

test("a saved page prints the recommended version its source notes give the copy it renders", () => {
  expect(checked.ok).toBe(true);
  const subjects = checked.ok ? checked.subjects : [];
  let named = 0;
  for (const { op, page, located } of subjects) {
    const version = savedCopyVersion(located.raw.source?.notes ?? []);
    if (version === null) continue;
    named++;
    expect(
      page.recommended.map((r) => r.version),
      op.name,
    ).toContain(version);
  }
  expect(named).toBeGreaterThan(5);
});

test("a recommended version the spec takes from another copy than the saved one is a recorded deviation", () => {
  const subjects = checked.ok ? checked.subjects : [];
  const infos = checked.diagnostics.filter((d) => d.code === "page-deviation").map((d) => d.message);
  for (const { op, page, located } of subjects) {
    const saved = page.recommended.map((r) => r.version);
    const spec = op.interfaceVersion.recommended;
    if (spec === null || saved.length !== 1 || saved.includes(spec)) continue;
    const kept = (located.raw.source?.deviations ?? []).map((d) => d.about);
    expect(kept, op.name).toContain("interfaceVersion.recommended");
    expect(
      infos.some((m) => m.startsWith("interfaceVersion.recommended")),
      op.name,
    ).toBe(true);
  }
});
