// Changes of an operation's status block: which response field carries the
// status and which codes mean accepted, format error and signature error.
// No type changes with it, but the package's behaviour does: the client's
// error report of an unsealed or unverified reply reads the code and its text
// from these fields, and the mock server answers with these codes.

import type { OperationModel, StatusModel } from "../model/operation-model.js";
import { changedSummary, type Change, type ChangeClass } from "./change.js";

type Key = Exclude<keyof StatusModel, "notes">;

/**
 * Each property: how a summary names it, what follows from its change, and (`gone`) what follows from its removal
 * where the effect of a change would say what the package no longer does.
 */
const PROPERTIES: readonly (readonly [key: Key, title: string, effect: string, gone?: string])[] = [
  ["field", "status field", "the client's error reports read the code from it and the mock answers in it"],
  [
    "messageField",
    "status message field",
    "the client's error reports read the status text from it",
    "the client's error reports no longer read a status text",
  ],
  [
    "errorField",
    "error field",
    "the mock's format error names the first field in error in it",
    "the mock's format error no longer names the field in error",
  ],
  ["accepted", "accepted code", "the mock's replies carry it, and code that compares a status with it must follow"],
  ["formatError", "format error code", "the mock refuses a malformed request with it (HTTP 400 where there is none)"],
  [
    "signatureError",
    "signature error code",
    "the mock refuses a badly sealed request with it (HTTP 400 where there is none)",
  ],
];

export function compareStatus(before: OperationModel, after: OperationModel): Change[] {
  const out: Change[] = [];
  const change = (classes: readonly ChangeClass[], said: string | Pick<Change, "summary" | "changed">): void => {
    const words = typeof said === "string" ? { summary: said } : said;
    out.push({ operation: after.name, message: "response", field: null, kind: "status", classes, ...words });
  };
  const [was, is] = [before.status, after.status];
  if (was && !is)
    change(
      ["breaking-response"],
      `status block removed (field ${was.field}): the client's error reports no longer carry the code, the mock refuses with HTTP 400.`,
    );
  else if (!was && is) {
    const refuses = is.formatError !== null || is.signatureError !== null;
    change(
      [refuses ? "breaking-response" : "additive"],
      `status block added (field ${is.field}): the client's error reports carry the code${refuses ? ", the mock refuses with a sealed reply, no longer with HTTP 400" : ""}.`,
    );
  }
  if (!was || !is) return out;
  for (const [key, title, effect, gone] of PROPERTIES) {
    const [from, to] = [was[key], is[key]];
    if (from === to) continue;
    // Only a message field, an error field or an accepted code that appears adds without changing what users saw; a refusal code
    // that appears turns the mock's HTTP 400 into a sealed reply, which tests written against the mock notice.
    const adds = from === null && key !== "formatError" && key !== "signatureError";
    const follows = to === null ? (gone ?? effect) : effect;
    change(adds ? ["additive"] : ["breaking-response"], `${title} ${from ?? "none"} → ${to ?? "none"}: ${follows}.`);
  }
  if (was.notes.join("\n") !== is.notes.join("\n")) change(["docs"], changedSummary("notes of the status block"));
  return out;
}
