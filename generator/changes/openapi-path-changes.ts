// Where openapi.json and the reference index place an operation: its path, and
// servers of its own where it is not at the servers most operations share
// (emit/openapi/servers.ts). An address added, moved or removed may change
// those of other operations than its own (the shared servers follow what most
// operations have), and the diff then shows paths renamed that no change of
// theirs explains: said here, each operation's once, as documentation (the
// addresses themselves are the spec's, which the endpoint lines compare).

import { serverLayout, type Server } from "../emit/openapi/servers.js";
import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import type { Change } from "./change.js";

const serversText = (servers: readonly Server[]): string =>
  servers.map((s) => `${s.description} ${s.url}`).join(", ") || "none";

/**
 * The changes of each operation's place in openapi.json, and of the document's own servers. `previous`: each
 * operation of `after` by its name, the operation of `before` it was (under another name where it was renamed).
 */
export function openApiPathChanges(
  before: SpecModel,
  after: SpecModel,
  previous: ReadonlyMap<string, OperationModel>,
): Change[] {
  const [old, now] = [serverLayout(before.operations), serverLayout(after.operations)];
  const out: Change[] = [];
  const docs = (operation: string | null, summary: string): void => {
    out.push({ operation, message: null, field: null, kind: "endpoint", classes: ["docs"], summary });
  };
  const [shared, sharedNow] = [serversText(old.servers), serversText(now.servers)];
  if (shared !== sharedNow)
    docs(null, `servers of openapi.json (those most operations share) ${shared} → ${sharedNow}.`);
  for (const op of after.operations) {
    const was = previous.get(op.name);
    const [from, to] = [was && old.paths.get(was.name), now.paths.get(op.name)];
    if (!from || !to) continue;
    const servers = [from.servers, to.servers].map((s) => (s === null ? null : serversText(s)));
    if (from.path === to.path && servers[0] === servers[1]) continue;
    // An operation whose own JSON addresses are as they were is moved by the others': said, so that none is sought.
    const own = JSON.stringify(was?.endpoints) === JSON.stringify(op.endpoints);
    // Its servers following its own addresses, at the same path, are what its endpoint and environment lines say.
    if (from.path === to.path && !own) continue;
    const at = servers[1] === null ? "at the document's servers" : `at servers of its own (${servers[1]})`;
    const path = from.path === to.path ? `OpenAPI path ${to.path}` : `OpenAPI path ${from.path} → ${to.path}`;
    const why = own
      ? "its JSON addresses are as they were, the servers it shared having changed"
      : "where its JSON addresses now are (its endpoint lines)";
    docs(op.name, `${path}, ${at}, in openapi.json and the reference index: ${why}.`);
  }
  return out;
}
