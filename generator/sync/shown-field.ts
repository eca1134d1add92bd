// How sync's lines name a field of an operation's file: after the containers
// that hold it (cardData.cardBin), its YAML path's `fields` and `items` left out.

import type { SpecPath } from "../read/source-map.js";

/** The field at `path` (message first) as sync's lines name it: cardData.cardBin. */
export const shownField = (path: SpecPath): string =>
  path
    .slice(1)
    .filter((step) => step !== "fields" && step !== "items")
    .join(".");

/** How a note on the field `shown` starts: "Op: request field cardData's field". */
export const noteStart = (operation: string, message: string, shown: string): string =>
  `${operation}: ${message} field${shown
    .split(".")
    .slice(0, -1)
    .map((c) => ` ${c}'s field`)
    .join("")}`;
