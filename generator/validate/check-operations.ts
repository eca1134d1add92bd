import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { MESSAGE_KINDS, type RawOperation, type RawPlatform } from "../rules/raw-spec.js";
import type { Located } from "./located.js";

/** Rules about one operation that its schema cannot express. */
export function checkOperation(
  op: Located<RawOperation>,
  platform: RawPlatform | undefined,
  otherPaths: ReadonlySet<string>,
): Diagnostic[] {
  const { raw, map } = op;
  const out: Diagnostic[] = [];
  const { prefix, recommended } = raw.interfaceVersion;
  if (recommended !== undefined && !recommended.startsWith(prefix)) {
    out.push(diagnostic("prefix-mismatch", map.value(["interfaceVersion", "recommended"]), { recommended, prefix }));
  }
  const page = raw.source?.page;
  if (page !== undefined && !otherPaths.has(page)) {
    out.push(diagnostic("missing-source", map.value(["source", "page"]), { page }));
  }
  for (const kind of MESSAGE_KINDS) {
    if (platform && !(platform.seal.field in raw[kind].fields)) {
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

/** The same operation name, or the same endpoint, in two files: report the second, pointing back at the first. */
export function checkDuplicateOperations(ops: readonly Located<RawOperation>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Located<RawOperation>>();
  const endpoints = new Map<string, { op: Located<RawOperation>; env: "prod" | "test" }>();
  for (const op of ops) {
    const earlier = first.get(op.raw.operation);
    if (earlier) {
      const related = [{ ...earlier.map.value(["operation"]), message: "first defined here" }];
      out.push(diagnostic("duplicate-operation", op.map.value(["operation"]), { name: op.raw.operation }, related));
      continue;
    }
    first.set(op.raw.operation, op);
    for (const env of ["prod", "test"] as const) {
      const url = op.raw.endpoints[env];
      const other = endpoints.get(url);
      if (!other) {
        endpoints.set(url, { op, env });
        continue;
      }
      const related = [
        { ...other.op.map.value(["endpoints", other.env]), message: `also the endpoint of ${other.op.raw.operation}` },
      ];
      out.push(diagnostic("duplicate-endpoint", op.map.value(["endpoints", env]), { url }, related));
    }
  }
  return out;
}
