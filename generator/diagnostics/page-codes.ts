// The diagnostics of sync: a spec compared with the Sips pages it was read
// from, and what sync writes or leaves.

import { define, hint, quoted } from "./code-definition.js";

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
  "page-no-sections": define<Record<string, never>>(
    "error",
    "A saved page with none of the parts of a Sips page (an empty file, HTML, another document): reported once, and not compared with the spec.",
    () =>
      `the page has none of the sections of a Sips page (Endpoints, Request, Response, Changelog); is it a saved Sips operation page, saved as text?`,
  ),
  "page-missing-section": define<{ section: string }>(
    "error",
    "A saved page without one of the parts of a Sips operation page (Endpoints, Request, Response, Changelog).",
    (p) => `the page has no "${p.section}" section; is it a saved Sips operation page?`,
  ),
  "page-missing-title": define<Record<string, never>>(
    "error",
    "A saved operation page without its title, the operation's name on its first line (missing or blank): the summary or the recommended version was read where the name belongs.",
    () =>
      `the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary`,
  ),
  "page-missing-summary": define<Record<string, never>>(
    "error",
    "A saved page without its summary, the line after its title (and the search hint): every Sips page prints one, and the spec's operation has one.",
    () => `the page has no summary; a Sips page prints it on the line after its title (and the search hint)`,
  ),
  "page-no-endpoints": define<Record<string, never>>(
    "error",
    "An Endpoints section that lists no address: an operation's page gives at least one, so the page is cut short, not an operation without addresses.",
    () => `the Endpoints section lists no address; is the page saved whole?`,
  ),
  "page-misspelled-heading": define<{ text: string; heading: string }>(
    "error",
    "A line of a saved page that misspells a heading (Response, Optional, List of values, an environment's label such as SIMU...), or rewords a field's values heading before its list (Possible values): read as that heading, so that what follows it is read as the page means it.",
    (p) => `"${p.text}" is not a heading of a Sips page; did you mean "${p.heading}"? (read as it)`,
  ),
  "page-misspelled-attribute": define<{ field: string; text: string; attribute: string }>(
    "error",
    "A field's attribute misspelled on a saved page (presense, Interface versoin): read as the attribute it resembles.",
    (p) => `field "${p.field}" has an attribute "${p.text}"; did you mean "${p.attribute}"? (read as it)`,
  ),
  "page-bad-encoding": define<{ found: "utf-16" | "U+FFFD" | "U+0000" }>(
    "error",
    "A saved page that is not UTF-8 text: bytes a reader shows as U+FFFD (a page saved in windows-1252), which sync would write into the spec, a NUL character, which no text holds, or a page saved as UTF-16, of which nothing is read.",
    (p) =>
      p.found === "utf-16"
        ? `the page is UTF-16 text (what Windows calls Unicode), not UTF-8: save the page again as UTF-8 text`
        : p.found === "U+0000"
          ? `the page holds a NUL character (U+0000), which no page of text holds: save the page again as UTF-8 text`
          : `the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8`,
  ),
  "page-invisible-character": define<{ code: string }>(
    "error",
    "A saved page holding a character that shows as nothing (a zero-width space, a soft hyphen, a direction mark), as a copy of a page may: in a field's name it hid the field, and in a value or meaning sync would write a text that reads as another and differs from it.",
    (p) =>
      `the page holds an invisible character, ${p.code}, which a copy of a page may leave: remove it (sync would write it into the spec, in a text that reads as another)`,
  ),
  "page-bad-field-name": define<{ name: string }>(
    "error",
    "A field of a saved page (a name, then its presence and version) whose name is not a field name, letters and digits after a letter: it was read as lines of the field before it.",
    (p) => `"${p.name}" is printed as a field, but a field's name is letters and digits after a letter`,
  ),
  "page-unreadable-line": define<{ text: string; more: number; region: string }>(
    "error",
    "A line of a saved page that the page reader does not understand.",
    (p) =>
      `line not understood in ${p.region}: "${p.text}"${p.more > 0 ? ` (and the ${p.more} line${p.more === 1 ? "" : "s"} after it)` : ""}`,
  ),
  "page-unknown-presence": define<{ field: string; value: string; suggestion: string | undefined }>(
    "error",
    "A presence on a saved page other than Required, Conditional or Optional.",
    (p) =>
      `field "${p.field}" has an unknown presence "${p.value}"${hint(p.suggestion)} (the pages print Required, Conditional or Optional)`,
  ),
  "page-bad-version": define<{ where: string; value: string }>(
    "error",
    "A malformed interface version on a saved page.",
    (p) => `${p.where}: malformed interface version "${p.value}" (expected a version such as 2.37)`,
  ),
  "page-duplicate-recommended": define<{ prefix: string }>(
    "error",
    "A saved page that gives two recommended interfaceVersions for one interface prefix.",
    (p) => `two recommended interfaceVersions for the prefix ${p.prefix}; the page gives one per interface`,
  ),
  "page-duplicate-endpoint": define<{ label: string; kind: string }>(
    "error",
    "A saved page that gives two addresses of one kind (JSON, POST form, SOAP) for one environment.",
    (p) => `a second ${p.kind} address for ${p.label}; each environment has one of each kind`,
  ),
  "page-duplicate-field": define<{ field: string; message: string }>(
    "error",
    "A field listed twice in one message of a saved page.",
    (p) => `field "${p.field}" is listed twice in the ${p.message}`,
  ),
  "page-duplicate-value": define<{ value: string; field: string; message: string }>(
    "error",
    "A value listed twice in one field's list of values on a saved page: which of its meanings the page means, no reader can tell.",
    (p) => `value "${p.value}" is listed twice in the values of field "${p.field}" of the ${p.message}`,
  ),
  "page-value-without-meaning": define<{ value: string; field: string; message: string }>(
    "error",
    'A value of a field\'s list of values on a saved page printed without a meaning: the pages print one or more "- " lines under each value, and the spec gives every value a meaning.',
    (p) =>
      `value "${p.value}" of field "${p.field}" of the ${p.message} has no meaning: the pages print one or more "- " lines under each value`,
  ),
  "page-container-values-listed": define<{ field: string; message: string; held: string }>(
    "error",
    "A field of a saved page that lists values and holds fields (printed with it as their container): a container has no values.",
    (p) =>
      `field "${p.field}" of the ${p.message} lists values, but the page prints ${p.held} in it: a container has no values (save the page again)`,
  ),
  "page-container-cycle": define<{ field: string; message: string; chain: string }>(
    "error",
    "Fields of a saved page printed each in the other's container: no field holds them.",
    (p) => `field "${p.field}" of the ${p.message} is in its own container (${p.chain}); save the page again`,
  ),
  "page-presence-section": define<{ field: string; presence: string; section: string }>(
    "error",
    "A field whose printed presence contradicts the section it is listed in.",
    (p) => `field "${p.field}" is printed ${p.presence} but listed under ${p.section}`,
  ),
  "page-changelog-field": define<{ field: string; attendance: string }>(
    "error",
    "A changelog row of a saved page for a field its request and response lists lack.",
    (p) => `the changelog has a row for "${p.field}" (${p.attendance}) but the field lists have no such field`,
  ),
  "page-changelog-version": define<{ field: string; row: string; listed: string }>(
    "error",
    "A changelog row of a saved page whose version is not the one its field lists give.",
    (p) => `the changelog gives "${p.field}" version ${p.row}, the field list ${p.listed}`,
  ),
  "page-mismatch": define<{ about: string; spec: string; page: string }>(
    "error",
    "The spec and the page it cites disagree (npm run sync -- --check); npm run sync brings the spec in line.",
    (p) => `${p.about}: the spec says ${p.spec}, the page says ${p.page}`,
  ),
  "page-container-wording": define<ContainerDifference>(
    "info",
    "A page words a field of a container type otherwise than the spec: the type is one for every operation that holds it, so the spec keeps its wording.",
    (p) =>
      `${p.about}: the page says ${p.page}, the spec keeps ${p.spec}: container type ${p.type} is one type, ${p.with} (to take the page's wording, change it ${p.change})`,
  ),
  "page-container-mismatch": define<ContainerDifference>(
    "error",
    "A page gives a field of a container type another presence, version or field list than the spec, and the type is shared with other operations or the dictionary: sync cannot change it for this operation alone.",
    (p) =>
      `${p.about}: the spec says ${p.spec}, the page says ${p.page}; container type ${p.type} is one type, ${p.with}: change it ${p.change}, or record the difference under source.deviations`,
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
    (p) =>
      `${p.about}: the spec says ${p.spec}, the page says ${p.page}; ${p.field} is ${p.held}: make it a container ${p.change}, or record the difference under source.deviations`,
  ),
  "page-values-kept": define<{ about: string; operation: string; spec: string; kept: string }>(
    "error",
    "A field of an operation without a saved page, whose value list a page grows: it keeps the values it took, which npm run sync writes out so that the values added stay with the page's own operation.",
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
    (p) =>
      `${p.about}: ${p.pages} ${p.pages.includes(", ") ? "print" : "prints"} ${quoted(p.to)} for the interface ${p.prefix}, which the list prints ${quoted(p.from)}; ${p.others}, and the list's text is the lowest version of every operation of the interface; ${p.edits}`,
  ),
  "page-uncited": define<{ page: string }>(
    "error",
    "A saved page that no operation cites; npm run sync makes an operation of it.",
    (p) => `no operation cites ${p.page}; run npm run sync to add it`,
  ),
  "page-cannot-make-operation": define<{ page: string; lacking: readonly string[] }>(
    "error",
    "A saved page that no operation cites and that lacks what an operation is made from (its name, its summary, a JSON address, the fields of each message, a container it prints fields in): sync writes nothing until the page is saved again, removed, or cited by an operation written by hand.",
    (p) =>
      `no operation cites ${p.page}, and sync cannot make one of it: the page has no ${p.lacking.join(", no ")} (save it again, or write the operation by hand, citing it)`,
  ),
  "page-unattached": define<{ page: string; operation: string }>(
    "error",
    "A saved page that describes an operation the spec has without a page; npm run sync attaches it (source.page) and syncs the operation with it.",
    (p) => `${p.page} describes ${p.operation}, which cites no page; run npm run sync to attach it`,
  ),
  "page-operation-cited": define<{ page: string; operation: string; cited: string }>(
    "error",
    "A saved page that describes an operation which cites another page.",
    (p) =>
      `${p.page} describes ${p.operation}, which cites ${p.cited}; remove one of the pages or save it under the other's name`,
  ),
  "page-same-operation": define<{ page: string; operation: string; other: string }>(
    "error",
    "Two saved pages that no operation cites and that describe one operation.",
    (p) => `${p.page} and ${p.other} both describe ${p.operation}; keep one`,
  ),
  "page-container-values": define<{ field: string; container: string; printed: string; list: string; why: string }>(
    "info",
    "A page lists values of a container's field other than its list: what sync does of them, by who holds the container.",
    (p) =>
      `the page lists ${p.printed} for ${p.container}.${p.field}; the container's field takes ${p.list} (${p.why})`,
  ),
  "page-unused-value": define<{ value: string; list: string }>(
    "info",
    "A value of a shared list that no operation takes any more; sync never removes values.",
    (p) =>
      `value ${quoted(p.value)} of list "${p.list}" is taken by no operation; remove it if Sips no longer documents it`,
  ),
  "page-not-an-operation": define<{ page: string }>(
    "info",
    "A saved page with a Response alone (what Sips posts back after a Paypage payment): read and checked, but no operation is made of it.",
    (p) => `${p.page} describes a response, not an operation; sync makes no operation of it`,
  ),
  "page-deviation": define<{ about: string; reason: string }>(
    "info",
    "A difference with the page that the spec keeps on purpose (source.deviations), with its reason.",
    (p) => `${p.about} deviates from the page on purpose: ${p.reason}`,
  ),
  "page-deviation-unused": define<{ about: string }>(
    "error",
    "A recorded deviation from the page where spec and page agree: remove it.",
    (p) => `a deviation is recorded for ${p.about}, but the spec and the page agree there; remove it`,
  ),
} as const;
