// A callback (the message Sips posts back, such as the Paypage response)
// against the response page it cites: fields on one side only, presence,
// interface versions, the descriptions it writes out and changelog rows (its
// wording of a dictionary field the callback shows is a warning, left to the
// maintainer: page-callback-wording), and a
// version or a presence written on a field beyond its saved facts, as for an
// operation's response; sync settles them as it does an operation's, in the
// callback's fields, its containers too (built, or changed where the callback
// alone holds the type; page-differences.ts). Its values and meanings are planned over every page with
// the operations' (value-plan.ts), the page's values holding for the callback
// only. A difference kept on purpose is recorded in the operation's
// source.deviations under the name printed (`callback.fields.x.presence`).

import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { compareChangelog } from "./compare-page.js";
import { compareMessage } from "./compare-page-message.js";
import { withUnloggedFields } from "./unlogged-field.js";
import { beyondFactsPresenceOf } from "./beyond-facts-claims.js";
import type { SyncSubject } from "./page-difference.js";
import { classifyDifferences, type ContainerHolders } from "./page-differences.js";

export interface CallbackCheck {
  readonly diagnostics: readonly Diagnostic[];
  readonly pageErrors: boolean;
  /** The callback's differences not kept on purpose, with its page: what sync changes. Null without a cited page. */
  readonly subject: SyncSubject | null;
  /** Every difference's name, kept ones too: a deviation naming one of them is in use. */
  readonly differing: readonly string[];
}

export function checkCallbackPage(
  located: Located<RawOperation>,
  { spec, model, holders }: { spec: ValidSpec; model: SpecModel; holders: ContainerHolders },
  pages: ReadonlyMap<string, PageReading>,
): CallbackCheck {
  const pagePath = located.raw.callback?.source?.page;
  const op = model.operations.find((o) => o.name === located.raw.operation);
  const reading = pagePath === undefined ? undefined : pages.get(pagePath);
  if (!op?.callback || !reading) return { diagnostics: [], pageErrors: false, subject: null, differing: [] };
  const out: Diagnostic[] = [...reading.diagnostics];
  const { page } = reading;
  const top = { file: page.file, line: 1, column: 1 };
  const all = [
    // Its containers settled as an operation's are: in the callback alone where no other definition holds the type.
    ...withUnloggedFields(
      compareMessage(op.callback.message, page.response, page.file, "callback"),
      page,
      new Set((located.raw.source?.deviations ?? []).map((d) => d.about)),
    ),
    ...(located.raw.callback
      ? beyondFactsPresenceOf(op.callback.message, located.raw.callback, page.response, "callback", spec.platform.raw)
      : []),
    ...compareChangelog(op.callback.changelog, page, top, (field) => ({
      in: "operation",
      path: ["callback", "fields", field],
    })).map((d) => ({ ...d, about: `callback.${d.about}` })),
  ];
  const classified = classifyDifferences(all, op.name, located, spec, holders);
  out.push(...classified.diagnostics);
  return {
    diagnostics: out,
    pageErrors: hasErrors(reading.diagnostics),
    subject: { op, located, page, differences: classified.differences, kept: classified.kept },
    differing: all.map((d) => d.about),
  };
}
