// The saved pages of a spec input, read once each.

import path from "node:path";
import type { SpecInput } from "../spec-files.js";
import type { PageOrders } from "../../model/normalize-operation.js";
import { readPage, type PageReading } from "./read-page.js";

/** Every page under sources/, by its path relative to the spec directory; diagnostics name it as the spec's files are named. */
export function readPages(input: SpecInput): Map<string, PageReading> {
  const out = new Map<string, PageReading>();
  for (const [relPath, text] of input.pages ?? [])
    out.set(relPath, readPage(text, path.posix.join(input.displayRoot, relPath)));
  return out;
}

/** The changelog order of each page, for normalize (see model/changelog.ts). */
export const pageOrders = (pages: ReadonlyMap<string, PageReading>): PageOrders =>
  new Map(
    [...pages].map(([relPath, { page }]) => [
      relPath,
      page.changelog.map((r) => ({ field: r.field, container: r.container })),
    ]),
  );
