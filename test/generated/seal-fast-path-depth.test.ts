// The generated sealing strings against the runtime's generic rule
// (test/support/seal-fast-path-cases.ts) at every place a nesting can start:
// the nestings just under MAX_SEAL_DEPTH and just over it.
import { describe, expect, test } from "vitest";
import { expectSame } from "../support/quick-expect.js";
import { cases, nestingPlaces, outcome, outputs, sealedFields } from "../support/seal-fast-path-cases.js";

/**
 * The generic rule's outcome on a nesting about MAX_SEAL_DEPTH, by spec, excluded fields, the shape around the
 * nesting (SHAPE_MARK where it starts) and its levels: a pure function of these, and each walk is a thousand levels,
 * where many messages share a place (a field of the same name and type, an unknown key of the same container).
 */
const genericAtDepth = new Map<string, string>();
const SHAPE_MARK = { "\u0000nesting": true };

describe.each(cases)("$name", ({ message, exclude, generic, spec }) => {
  test("the same as the generic rule at depths about MAX_SEAL_DEPTH, wherever the nesting starts", () => {
    const limit = outputs[0][1].pkg.MAX_SEAL_DEPTH;
    const outcomes = new Set<string>();
    // Every place a nesting can start: each sealed field, each known field of its container, an unknown key of the
    // container (the fast path's fallback to the generic rule), a list item: at each, the deepest nestings the
    // generic rule seals and the shallowest it refuses.
    const places = nestingPlaces(sealedFields(message));
    for (const [where, place] of places) {
      // The same shape under the same rule gives the same outcome: the generic rule walks it once for every message.
      const shape = `${spec} ${[...exclude].sort().join(",")} ${JSON.stringify(place(SHAPE_MARK))}`;
      const wants: [number, string][] = [];
      for (let levels = limit - 4; levels <= limit + 1; levels++) {
        const key = `${shape} ${levels}`;
        let want = genericAtDepth.get(key);
        if (want === undefined) genericAtDepth.set(key, (want = outcome(() => generic(place(nestedOf(levels)), exclude))));
        outcomes.add(want.slice(0, 1));
        wants.push([levels, want]);
      }
      // The fast path at the deepest nesting the generic rule seals and the shallowest it refuses (a limit off by
      // any number of levels, either way, differs at one of them); at every depth where the range holds no such pair.
      const differs = (i: number, j: number) => j >= 0 && j < wants.length && wants[i]?.[1] !== wants[j]?.[1];
      const edges = wants.filter((_, i) => differs(i, i - 1) || differs(i, i + 1));
      for (const [levels, want] of edges.length > 0 ? edges : wants) {
        // Each walk is a thousand levels: the fast path walked once, and expect built only for a difference.
        const value = place(nestedOf(levels));
        expectSame(`${where} ${levels}: ${outcome(() => message.sealingString(value as never))}`, `${where} ${levels}: ${want}`);
      }
    }
    // A message whose sealing string takes no field of its own has no place to start one.
    expect([...outcomes].sort()).toEqual(places.length === 0 ? [] : ["!", "="]);
  });
});

/** `levels` objects, each the only field of the one above. */
function nested(levels: number): object {
  let value: object = { a: "x" };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

/**
 * The nesting of `levels`, made once for every place and message that starts one: neither path changes what it
 * walks, and each walk keeps what it met in maps of its own, so a nesting walked before is walked as a fresh one.
 */
const nestings = new Map<number, object>();
function nestedOf(levels: number): object {
  let value = nestings.get(levels);
  if (value === undefined) nestings.set(levels, (value = nested(levels)));
  return value;
}
