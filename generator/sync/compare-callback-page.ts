// A callback (the message Sips posts back, such as the Paypage response)
// against the response page it cites: fields on one side only, presence,
// interface versions, the descriptions it writes out and changelog rows, as for an
// operation's response; sync settles them as it does an operation's, in the
// callback's fields. Its values and meanings are planned over every page with
// the operations' (value-plan.ts), the page's values holding for the callback
// only. A difference kept on purpose is recorded in the operation's
// source.deviations under the name printed (`callback.fields.x.presence`).

import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import { compareChangelog } from "./compare-page.js";
import { compareMessage } from "./compare-page-message.js";
import type { PageDifference, SyncSubject } from "./page-difference.js";

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
  model: SpecModel,
  pages: ReadonlyMap<string, PageReading>,
): CallbackCheck {
  const pagePath = located.raw.callback?.source?.page;
  const op = model.operations.find((o) => o.name === located.raw.operation);
  const reading = pagePath === undefined ? undefined : pages.get(pagePath);
  if (!op?.callback || !reading) return { diagnostics: [], pageErrors: false, subject: null, differing: [] };
  const out: Diagnostic[] = [...reading.diagnostics];
  const { page } = reading;
  const deviations = new Map((located.raw.source?.deviations ?? []).map((d) => [d.about, d]));
  const top = { file: page.file, line: 1, column: 1 };
  const all = [
    // A callback's containers are left to the maintainer.
    ...compareMessage(op.callback.message, page.response, page.file, "callback").map((d) =>
      d.container ? { ...d, fix: null } : d,
    ),
    ...compareChangelog(op.callback.changelog, page, top, (field) => ({
      in: "operation",
      path: ["callback", "fields", field],
    })).map((d) => ({ ...d, about: `callback.${d.about}` })),
  ];
  const differences: PageDifference[] = [];
  for (const difference of all) {
    const at = located.map.value(difference.place.in === "operation" ? difference.place.path : ["callback"]);
    const deviation = deviations.get(difference.about);
    if (deviation) {
      out.push(
        diagnostic("page-deviation", at, { about: difference.about, reason: deviation.reason }, [
          { ...difference.pageAt, message: "the page" },
        ]),
      );
      continue;
    }
    out.push(
      diagnostic("page-mismatch", at, { about: difference.about, spec: difference.spec, page: difference.page }, [
        { ...difference.pageAt, message: "the page" },
      ]),
    );
    differences.push(difference);
  }
  return {
    diagnostics: out,
    pageErrors: hasErrors(reading.diagnostics),
    subject: { op, located, page, differences },
    differing: all.map((d) => d.about),
  };
}
