// The report's section on where generated/openapi.json changes (openapi-places.ts):
// a line a place, by the place's line in the new file, so that a reviewer finds
// each hunk of the file's diff under the operation it belongs to.

import { codeSpan, inlineText } from "../emit/markdown-escape.js";
import type { OpenApiPlace, OpenApiPointer } from "./openapi-places.js";

/** Past this many places the section says how many more there are: a change of every operation lists its count. */
const MOST_LISTED = 200;

const pointerText = ({ pointer, owner }: OpenApiPointer): string =>
  `${owner === null ? "" : `**${inlineText(owner)}** `}${codeSpan(pointer === "" ? "(the whole document)" : pointer)}`;

/** The section's lines; none where the file does not change; a sentence alone where its diff could not be made. */
export function openApiSection(places: readonly OpenApiPlace[] | { readonly failed: string }): string[] {
  const head = ["### Where `generated/openapi.json` changes", ""];
  if ("failed" in places)
    return [...head, `Its places are not listed: git could not diff the file here (${inlineText(places.failed)}).`, ""];
  if (places.length === 0) return [];
  const listed = places.slice(0, MOST_LISTED).map((place) => {
    // Lines removed alone were before the line given.
    const where = place.added === 0 ? `before line ${place.line}` : `line ${place.line}`;
    const { was: at } = place;
    // What was there, named by its owner where another operation's place was taken.
    const was = at === undefined ? "" : `, was ${pointerText(at.owner === place.owner ? { ...at, owner: null } : at)}`;
    return `- ${where} (+${place.added} −${place.removed}): ${pointerText(place)}${was}`;
  });
  const more = places.length - listed.length;
  return [
    ...head,
    "Each place the file's diff changes, at its line in the working tree's file, with the JSON Pointer that holds",
    "it and the operation it belongs to (the file made from the spec at each side by this generator):",
    "",
    ...listed,
    ...(more > 0 ? [`- and ${more} more places.`] : []),
    "",
  ];
}
