// The page reader never throws: on any string, on any bytes decoded as text,
// and on the real pages cut or shuffled line by line, it returns a page model
// and diagnostics.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { test } from "vitest";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";
import { expectSame } from "../support/quick-expect.js";
import { drawOf } from "../support/property-runs.js";

const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", "cardCheck.page.txt"), "utf8");
const smallLines = small.split("\n");

const readsWithoutThrowing = (text: string): void => {
  const { page, diagnostics } = readPage(text, "x.page.txt");
  expectSame(Array.isArray(page.request.fields) && Array.isArray(diagnostics), true);
};

test("any string", () => {
  fc.assert(fc.property(fc.string({ unit: "binary" }), readsWithoutThrowing), drawOf(300, 3000));
});

test("any bytes, decoded as UTF-8", () => {
  fc.assert(
    fc.property(fc.uint8Array(), (bytes) => readsWithoutThrowing(Buffer.from(bytes).toString("utf8"))),
    drawOf(300, 3000),
  );
});

test("the layout's own lines, in any order and number", () => {
  const line = fc.oneof(fc.constantFrom(...smallLines), fc.string());
  fc.assert(
    fc.property(fc.array(line, { maxLength: 120 }), (lines) => readsWithoutThrowing(lines.join("\n"))),
    drawOf(300, 3000),
  );
});

test("a real page cut anywhere", () => {
  fc.assert(
    fc.property(fc.nat(small.length), fc.nat(small.length), (a, b) =>
      readsWithoutThrowing(small.slice(Math.min(a, b), Math.max(a, b))),
    ),
    drawOf(200, 2000),
  );
});
