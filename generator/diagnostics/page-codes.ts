// The diagnostics of sync: a spec compared with the Sips pages it was read
// from, and what sync writes or leaves. A page's own defects, found as it is
// read, are page-defect-codes.ts.

import { define, quoted } from "./code-definition.js";

/** A page's difference in a field of a container type: who else holds the type, and where to change it. */
interface ContainerDifference {
  about: string;
  spec: string;
  page: string;
  type: string;
  with: string;
  change: string;
}

/** The codes of comparing the spec with its saved pages. */
export const pageCodes = {
  "page-mismatch": define<{ about: string; spec: string; page: string }>(
    "error",
    "The spec and the page it cites disagree (npm run sync -- --check).",
    "Run npm run sync to bring the spec in line with the page, or record the difference as a deviation (source.deviations) with its reason.",
    (p) => `${p.about}: the spec says ${p.spec}, the page says ${p.page}`,
  ),
  "page-callback-wording": define<{ about: string; spec: string; page: string }>(
    "warning",
    "A callback's page words a dictionary field the callback shows otherwise than the dictionary: the wording is every operation's that shows it, so sync leaves it for the maintainer to decide; it fails no run.",
    "Write the page's wording as the field's description in the callback, or keep the dictionary's by recording a deviation (source.deviations).",
    (p) =>
      `${p.about}: the callback's page says ${p.page}, the callback shows the dictionary's ${p.spec}; sync leaves it: to show the page's, write it as this field's description in the callback, or keep the dictionary's by recording a deviation under source.deviations`,
  ),
  "page-container-wording": define<ContainerDifference>(
    "info",
    "A page words a field of a container type otherwise than the spec: the type is one for every operation that holds it, so the spec keeps its wording.",
    "Nothing to do; to take the page's wording, change the container's definition for every operation that holds it.",
    (p) =>
      `${p.about}: the page says ${p.page}, the spec keeps ${p.spec}: container type ${p.type} is one type, ${p.with} (to take the page's wording, change it ${p.change})`,
  ),
  "page-container-mismatch": define<ContainerDifference & { count?: number }>(
    "error",
    "A page gives a field of a container type another presence, version or field list than the spec, and the type is shared with other operations or the dictionary: sync cannot change it for this operation alone.",
    "Change the container where every operation holding it takes the change, give this operation a container of its own, or record the difference as a deviation (source.deviations).",
    (p) =>
      p.count === undefined
        ? `${p.about}: the spec says ${p.spec}, the page says ${p.page}; container type ${p.type} is one type, ${p.with}: change it ${p.change}, or record the difference under source.deviations`
        : `${p.about}: the page differs from the spec in ${p.count} facts of these fields (below, each at the page's line); container type ${p.type} is one type, ${p.with}: change it ${p.change}, or record each difference under source.deviations (about: ${p.about}.<field>...)`,
  ),
  "page-field-container": define<{
    about: string;
    spec: string;
    page: string;
    field: string;
    held: string;
    change: string;
  }>(
    "error",
    "A page prints fields in a plain field that is not its operation's alone (the dictionary's, or written out elsewhere too, one name being one field): sync cannot make it a container under the others.",
    "Make the field a container in the dictionary (or where it is written out) for every operation, or record the difference as a deviation (source.deviations).",
    (p) =>
      `${p.about}: the spec says ${p.spec}, the page says ${p.page}; ${p.field} is ${p.held}: make it a container ${p.change}, or record the difference under source.deviations`,
  ),
  "page-values-kept": define<{ about: string; operation: string; spec: string; kept: string }>(
    "error",
    "A field of an operation without a saved page, whose value list a page grows: it keeps the values it took, which npm run sync writes out so that the values added stay with the page's own operation.",
    "Run npm run sync, which writes the values the field takes into that operation, or save its page and cite it.",
    (p) => `${p.about}: the spec says ${p.spec}; ${p.operation} has no saved page, so the field keeps ${p.kept}`,
  ),
  "page-prefix-held": define<{
    about: string;
    pages: string;
    to: string;
    from: string;
    prefix: string;
    others: string;
    edits: string;
  }>(
    "error",
    "A page that prints its own interface's value of a prefix list otherwise (a new major: CD_EF_3. where the list prints CD_EF_2.), where another operation of that interface holds to the list's text: the text gives every such operation its lowest version, so sync moves it only when all their pages do.",
    "Save the new release of every page of the interface, then run npm run sync, which moves the list's text once they all print it; else make the edits the message names.",
    (p) =>
      `${p.about}: ${p.pages} ${p.pages.includes(", ") ? "print" : "prints"} ${quoted(p.to)} for the interface ${p.prefix}, which the list prints ${quoted(p.from)}; ${p.others}, and the list's text is the lowest version of every operation of the interface; ${p.edits}`,
  ),
  "page-changelog-no-rows": define<{ fields: number; pages: readonly string[] }>(
    "info",
    "Fields a release adds from pages whose changelog prints no rows (a table left empty, or a copy that stops at its heading, which read alike): their versions come from the field lists alone. Said once per run, at the first such field.",
    "Check the fields' versions against the page's text; where its changelog has rows, save the page whole.",
    (p) =>
      `${p.fields === 1 ? "1 field a release adds comes" : `${p.fields} fields a release adds come`} from ${p.pages.length === 1 ? "a page" : "pages"} whose changelog prints no rows (${p.pages.join(", ")}), so ${p.fields === 1 ? "its version is its field list's" : "their versions are their field lists'"} alone: check ${p.fields === 1 ? "it" : "them"} (a table left empty and a copy cut at its heading read alike)`,
  ),
  "page-uncited": define<{ page: string }>(
    "error",
    "A saved page that no operation cites.",
    "Run npm run sync to make an operation of the page, or remove the page.",
    (p) => `no operation cites ${p.page}; run npm run sync to add it`,
  ),
  "page-cannot-make-operation": define<{ page: string; lacking: readonly string[] }>(
    "error",
    "A saved page that no operation cites and that lacks what an operation is made from (its name, its summary, a JSON address, the fields of each message, a container it prints fields in): sync writes nothing until the page is saved again, removed, or cited by an operation written by hand.",
    "Save the page again whole, remove it, or write the operation by hand, citing it (source.page).",
    (p) =>
      `no operation cites ${p.page}, and sync cannot make one of it: the page has no ${p.lacking.join(", no ")} (save it again, or write the operation by hand, citing it)`,
  ),
  "page-unattached": define<{ page: string; operation: string }>(
    "error",
    "A saved page that describes an operation the spec has without a page.",
    "Run npm run sync to attach the page (source.page) and sync the operation with it.",
    (p) => `${p.page} describes ${p.operation}, which cites no page; run npm run sync to attach it`,
  ),
  "page-operation-cited": define<{ page: string; operation: string; cited: string }>(
    "error",
    "A saved page that describes an operation which cites another page, or a response page titled after a family whose callback cites another page.",
    "Remove one of the two pages, or save it under the other's name.",
    (p) =>
      `${p.page} describes ${p.operation}, which cites ${p.cited}; remove one of the pages or save it under the other's name`,
  ),
  "page-other-operation": define<{ page: string; named: string; operation: string; family?: string }>(
    "error",
    "A saved page whose title names another operation than the one that cites it (a page saved under the wrong name, or an operation Sips renamed), a page of a response alone cited as an operation's, or a response page whose title names another family than the operation whose callback cites it (Walletpage's saved over Paypage's): sync compares none of its facts and writes nothing, and generate and changes refuse the spec, until the names agree.",
    "Save the right page under this name, cite the page from its own operation, or rename the operation after the page where Sips renamed it.",
    (p) =>
      p.family === undefined
        ? `${p.page} is the page of ${p.named}, not of ${p.operation}, which cites it: save ${p.operation}'s page there, or, where Sips renamed the operation, rename it in the spec first; sync, generate and changes use nothing of the page until the names agree`
        : `${p.page} is the page of ${p.named}, not of ${p.operation}'s callback, which cites it: save the response page of ${p.family} there; sync, generate and changes use nothing of the page until its title names ${p.family}`,
  ),
  "page-same-operation": define<{ page: string; operation: string; other: string }>(
    "error",
    "Two saved pages that no operation cites and that describe one operation.",
    "Keep one of the two pages (the newest release) and remove the other.",
    (p) => `${p.page} and ${p.other} both describe ${p.operation}; keep one`,
  ),
  "page-container-values": define<{ field: string; container: string; printed: string; list: string; why: string }>(
    "info",
    "A page lists values of a container's field other than its list: what sync does of them, by who holds the container.",
    "Nothing to do, unless the message says otherwise: it says what sync does of the values.",
    (p) =>
      `the page lists ${p.printed} for ${p.container}.${p.field}; the container's field takes ${p.list} (${p.why})`,
  ),
  "page-unused-value": define<{ value: string; list: string }>(
    "info",
    "A value of a shared list that no operation takes any more; sync never removes values.",
    "Remove the value from its list where Sips no longer documents it; sync never removes one.",
    (p) =>
      `value ${quoted(p.value)} of list "${p.list}" is taken by no operation; remove it if Sips no longer documents it`,
  ),
  "page-not-an-operation": define<{ page: string }>(
    "info",
    "A saved page with a Response alone (what Sips posts back after a Paypage payment): read and checked, but no operation is made of it.",
    "Nothing to do; cite it from the callback of the operation it answers (callback.source.page), if none does.",
    (p) => `${p.page} describes a response, not an operation; sync makes no operation of it`,
  ),
  // What each side says, where the check has it: a release that moves the page's value again is seen beside the
  // reason, which names the value it was written for (the reason's words are never read).
  "page-deviation": define<{ about: string; reason: string; spec?: string; page?: string }>(
    "info",
    "A difference with the page that the spec keeps on purpose (source.deviations), with its reason.",
    "Nothing to do while the reason holds; remove the deviation once it does not.",
    (p) =>
      `${p.about} deviates from the page on purpose${p.spec === undefined || p.page === undefined ? "" : ` (the spec says ${p.spec}, the page says ${p.page})`}: ${p.reason}`,
  ),
  // An error, as page-deviation-unused is: the reason was written for the recorded value, and a later release that
  // moves it again would otherwise keep the spec's value silently under a reason that speaks of another.
  "page-deviation-moved": define<{ about: string; recorded: string; now: string }>(
    "error",
    "A deviation recorded for one value of the page (its page: key), where the page now says another.",
    "Read the deviation's reason again, then run npm run sync -- --record-deviations to record the page's value, or remove the deviation.",
    (p) =>
      `the deviation for ${p.about} was recorded when the page said ${JSON.stringify(p.recorded)}; the page now says ${JSON.stringify(p.now)}: read its reason again, then run \`npm run sync -- --record-deviations\` to record the page's value (or remove the deviation)`,
  ),
  "page-deviation-unused": define<{ about: string }>(
    "error",
    "A recorded deviation from the page where spec and page agree.",
    "Remove the deviation.",
    (p) => `a deviation is recorded for ${p.about}, but the spec and the page agree there; remove it`,
  ),
  "page-copy-unread": define<{ page: string }>(
    "error",
    "A file beside a saved page whose name is another save of it (x.page (1).txt, Copy of x.page.txt, x.page.new.txt): sync compares the spec with the page, not the copy, so a release saved as the copy would be lost. generate and changes read the page too, and only warn (page-copy).",
    "Save the copy over the page where it is a new release, then run npm run sync again; else delete it.",
    (p) =>
      `this file is named as another save of ${p.page}, which is the page sync compared the spec with: if it is a new release, save it over ${p.page} and run \`npm run sync\` again; else delete it`,
  ),
} as const;
