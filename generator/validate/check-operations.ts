import { BEYOND_FACTS_FIELD } from "../../runtime/beyond-facts.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { addressesOf, jsonPath, recommendedByPrefix, recommendedPost } from "../rules/raw-endpoints.js";
import { MESSAGE_KINDS, type RawOperation } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import { checkDeviations } from "./check-deviations.js";
import { unreadCopyOf, unreadFor } from "./check-other-files.js";
import type { Located } from "./located.js";
import type { FindLookalikes } from "./missing-page-lookalike.js";
import { isLeftOut, type Unchecked } from "./unchecked.js";

/** Rules about one operation that its schema cannot express. */
export function checkOperation(
  op: Located<RawOperation>,
  platform: RawPlatform | undefined,
  otherPaths: ReadonlySet<string>,
  unchecked?: Unchecked,
  lookalikes?: FindLookalikes,
): Diagnostic[] {
  // A field whose own entry failed its schema is there all the same.
  const has = (kind: string, fields: object, name: string): boolean =>
    Object.hasOwn(fields, name) || isLeftOut(unchecked, op.file.displayPath, kind, name);
  const { raw, map } = op;
  const out: Diagnostic[] = [];
  out.push(...checkRecommended(op), ...checkPostInterface(op), ...checkPostFormInterface(op), ...checkDeviations(op));
  if (!Object.values(raw.endpoints).some((written) => addressesOf(written).json !== undefined))
    out.push(diagnostic("no-json-endpoint", map.key(["endpoints"]), {}));
  for (const callback of [false, true]) {
    const page = (callback ? raw.callback?.source : raw.source)?.page;
    if (page === undefined || otherPaths.has(page)) continue;
    const at = map.value(callback ? ["callback", "source", "page"] : ["source", "page"]);
    // Saved under another ending (x.txt), it is the page itself, not read as one: named at the citation alone.
    const unread = unreadCopyOf(otherPaths, page);
    if (unread !== undefined) {
      const file = `${op.file.displayPath.slice(0, -op.file.relPath.length)}${unread}`;
      const related = [{ file, line: 1, column: 1, message: `not read as a page, for its ${unreadFor(unread)}` }];
      out.push(diagnostic("missing-source", at, { page, unread, unreadFor: unreadFor(unread) }, related));
      continue;
    }
    const found = lookalikes?.(raw, callback) ?? [];
    const lookalike = found.length > 0 ? found.map((f) => f.relPath).join(", ") : undefined;
    const of = found[0]?.of;
    const related = found.map((f) => ({ ...f.at, message: `titled as ${f.of}, and cited by no operation` }));
    out.push(diagnostic("missing-source", at, { page, lookalike, of }, related));
  }
  const messages = [
    ...MESSAGE_KINDS.map((kind) => [kind, raw[kind], `the ${kind}`] as const),
    ...(raw.callback ? [["callback", raw.callback, `callback ${raw.callback.name}`] as const] : []),
  ];
  for (const [at, message, label] of messages) {
    const stop = message.factsStop?.after;
    if (stop !== undefined && !has(at, message.fields, stop))
      out.push(
        diagnostic("unknown-facts-stop-field", map.value([at, "factsStop", "after"]), { field: stop, message: label }),
      );
  }
  // A call of a request whose facts stop gives the fields beyond them under this name: no field of it may take it.
  if (raw.request.factsStop && Object.hasOwn(raw.request.fields, BEYOND_FACTS_FIELD))
    out.push(
      diagnostic("reserved-name", map.key(["request", "fields", BEYOND_FACTS_FIELD]), {
        subject: `field "${BEYOND_FACTS_FIELD}" of a request whose facts stop`,
        why: "the property in which a client call gives the fields beyond the facts",
        suggestion: "the generator cannot support it",
      }),
    );
  for (const kind of MESSAGE_KINDS) {
    // The seal of a Data message is the POST interface's, over Data as posted: no seal field.
    if (raw[kind].encoding === "data") continue;
    if (platform && !has(kind, raw[kind].fields, platform.seal.field)) {
      out.push(
        diagnostic("missing-seal-field", map.key([kind, "fields"]), {
          message: `the ${kind}`,
          field: platform.seal.field,
        }),
      );
    }
  }
  return out;
}

/** Each recommended version starts with its prefix; by prefix, they include the operation's own. */
function checkRecommended({ raw, map }: Located<RawOperation>): Diagnostic[] {
  const { prefix, recommended } = raw.interfaceVersion;
  if (recommended === undefined) return [];
  const at = ["interfaceVersion", "recommended"];
  if (typeof recommended === "string")
    return recommended.startsWith(prefix)
      ? []
      : [diagnostic("prefix-mismatch", map.value(at), { recommended, prefix })];
  const out = Object.entries(recommended)
    .filter(([key, version]) => !version.startsWith(key))
    .map(([key, version]) =>
      diagnostic("prefix-mismatch", map.value([...at, key]), { recommended: version, prefix: key }),
    );
  if (!Object.hasOwn(recommended, prefix))
    out.push(
      diagnostic("prefix-mismatch", map.value(["interfaceVersion", "prefix"]), {
        prefix,
        given: Object.keys(recommended).join(", "),
      }),
    );
  return out;
}

/**
 * A callback is posted through the POST interface, whose versions its fields and its form's InterfaceVersion take:
 * that interface's prefix is the one recommended beside the operation's own. Without it there is no prefix to give
 * them, and none is taken from another interface.
 */
function checkPostInterface({ raw, map }: Located<RawOperation>): Diagnostic[] {
  const iv = raw.interfaceVersion;
  if (raw.callback === undefined || recommendedPost(iv) !== undefined) return [];
  const others = recommendedByPrefix(iv)
    .map(([prefix]) => prefix)
    .filter((prefix) => prefix !== iv.prefix);
  const at =
    iv.recommended === undefined ? map.key(["interfaceVersion"]) : map.value(["interfaceVersion", "recommended"]);
  const related = [{ ...map.key(["callback"]), message: `callback ${raw.callback.name}` }];
  return [
    diagnostic("unknown-post-interface", at, { callback: raw.callback.name, prefix: iv.prefix, others }, related),
  ];
}

/**
 * A post address makes a POST form builder, which sends the POST interface's recommended version by default and
 * holds a given one to its prefix. With none recommended beside the operation's own, it has neither: every call
 * must give config.interfaceVersion (a TypeError otherwise), and any text is sent. A callback's operation is told
 * so by unknown-post-interface, an error.
 */
function checkPostFormInterface({ raw, map }: Located<RawOperation>): Diagnostic[] {
  const iv = raw.interfaceVersion;
  if (raw.callback !== undefined || recommendedPost(iv) !== undefined) return [];
  const env = Object.keys(raw.endpoints).find((name) => addressesOf(raw.endpoints[name] ?? "").post !== undefined);
  if (env === undefined) return [];
  return [diagnostic("post-without-interface", map.value(["endpoints", env, "post"]), { prefix: iv.prefix })];
}

/** The same operation name, or the same endpoint, in two files: report the second, pointing back at the first. */
export function checkDuplicateOperations(ops: readonly Located<RawOperation>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Located<RawOperation>>();
  const endpoints = new Map<string, { op: Located<RawOperation>; path: string[] }>();
  for (const op of ops) {
    const earlier = first.get(op.raw.operation);
    if (earlier) {
      const related = [{ ...earlier.map.value(["operation"]), message: "first defined here" }];
      out.push(diagnostic("duplicate-operation", op.map.value(["operation"]), { name: op.raw.operation }, related));
      continue;
    }
    first.set(op.raw.operation, op);
    // JSON addresses only: operations of one interface share its SOAP service.
    for (const [env, written] of Object.entries(op.raw.endpoints)) {
      const url = addressesOf(written).json;
      if (url === undefined) continue;
      const path = jsonPath(env, written);
      const other = endpoints.get(url);
      if (!other) {
        endpoints.set(url, { op, path });
        continue;
      }
      const whose =
        other.op === op ? `also its ${other.path[1]} JSON address` : `also the endpoint of ${other.op.raw.operation}`;
      const related = [{ ...other.op.map.value(other.path), message: whose }];
      out.push(diagnostic("duplicate-endpoint", op.map.value(path), { url }, related));
    }
  }
  return out;
}
