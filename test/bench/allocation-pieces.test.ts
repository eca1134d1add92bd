// The four-error response's bytes written as the sum of the objects it makes,
// each weighed alone by bench/allocations.ts: the failed result with its list
// once, four issues with their value and one without (the unknown key's).
import { expect, test } from "vitest";
import type { Allocations, Piece, PieceId } from "../../bench/allocations.js";
import { fourErrors } from "../../bench/report-hot-paths.js";

const weighed = (bytes: Partial<Record<PieceId, number | null>>): Allocations => ({
  resultAlone: 48,
  validators: [],
  pieces: Object.entries(bytes).map(([id, b]): Piece => ({ id: id as PieceId, piece: id, bytes: b ?? null })),
});

test("the sum counts the failed result once, four issues with their value and one without, each rounded", () => {
  expect(fourErrors(weighed({ foundPushed: 232.2, issueWith: 56.1, issue: 48.1, found: 80, ajvError: 96 }))).toBe(
    "232 + 4 × 56 + 48 = 504 B",
  );
  expect(fourErrors(weighed({ foundPushed: 100, issueWith: 10, issue: 1 }))).toBe("100 + 4 × 10 + 1 = 141 B");
});

test("a piece not weighed, or collected every time, leaves the sum out", () => {
  expect(fourErrors(weighed({ foundPushed: 232, issueWith: 56 }))).toBe("not weighed");
  expect(fourErrors(weighed({ foundPushed: 232, issueWith: null, issue: 48 }))).toBe("not weighed");
});
