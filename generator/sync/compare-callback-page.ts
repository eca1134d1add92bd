// A callback (the message Sips posts back, such as the Paypage response)
// against the response page it cites: fields on one side only, presence and
// interface versions, as for an operation's response. sync reports these
// differences and leaves them to the maintainer (a callback is edited by hand);
// values and descriptions are not planned over its page.

import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import { compareMessage } from "./compare-page-message.js";

export function checkCallbackPage(
  located: Located<RawOperation>,
  model: SpecModel,
  pages: ReadonlyMap<string, PageReading>,
): { readonly diagnostics: readonly Diagnostic[]; readonly pageErrors: boolean } {
  const pagePath = located.raw.callback?.source?.page;
  const op = model.operations.find((o) => o.name === located.raw.operation);
  const reading = pagePath === undefined ? undefined : pages.get(pagePath);
  if (!op?.callback || !reading) return { diagnostics: [], pageErrors: false };
  const out: Diagnostic[] = [...reading.diagnostics];
  const { page } = reading;
  for (const difference of compareMessage(op.callback.message, page.response, page.file)) {
    // The difference names the response's place; the callback holds the field.
    const [, , field] = difference.place.path;
    const path = field === undefined ? ["callback", "fields"] : ["callback", "fields", String(field)];
    const about = difference.about.replace(/^response\./, "callback.");
    out.push(
      diagnostic("page-mismatch", located.map.value(path), { about, spec: difference.spec, page: difference.page }, [
        { ...difference.pageAt, message: "the page" },
      ]),
    );
  }
  return { diagnostics: out, pageErrors: hasErrors(reading.diagnostics) };
}
