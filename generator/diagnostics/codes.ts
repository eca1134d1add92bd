// The registry of every diagnostic the generator can report. Each code has a
// fixed severity and one message builder, so wording stays consistent and the
// docs can list them all.

/** info: reported, never a failure (a deviation from a page kept with its reason). */
export type Severity = "error" | "warning" | "info";

interface Definition<P> {
  readonly severity: Severity;
  /** What the code means, for docs/diagnostics.md. */
  readonly summary: string;
  readonly message: (params: P) => string;
}

const define = <P>(severity: Severity, summary: string, message: (params: P) => string): Definition<P> => ({
  severity,
  summary,
  message,
});

const hint = (suggestion: string | undefined): string => (suggestion ? `; did you mean "${suggestion}"?` : "");

/** A suggestion, then the start of the next sentence: `; did you mean "x"? ` or `. `. */
const hintThen = (suggestion: string | undefined): string => (suggestion ? `${hint(suggestion)} ` : ". ");

/** A name or value as messages quote it: at most 200 characters, so that a 100,000-character name does not make a 100,000-character line. */
export const quoted = (text: string): string => JSON.stringify(text.length > 200 ? `${text.slice(0, 197)}...` : text);

export const diagnosticCodes = {
  "yaml-syntax": define<{ detail: string }>(
    "error",
    "The file is not well-formed YAML.",
    (p) => `invalid YAML: ${p.detail}`,
  ),
  "bad-encoding": define<{ bytes: string }>(
    "error",
    "A spec file that is not UTF-8 text (often a Latin-1 file).",
    (p) => `the file is not valid UTF-8 here (bytes ${p.bytes}); save it as UTF-8`,
  ),
  "control-character": define<{ codePoint: string }>(
    "error",
    "A NUL or other control character, which would reach the generated files and hide them from diffs.",
    (p) => `control character ${p.codePoint} is not allowed in a spec file; remove it`,
  ),
  "too-many-aliases": define<{ limit: number }>(
    "error",
    "YAML aliases that expand to more nodes than any spec needs (an alias bomb).",
    (p) =>
      `the aliases of this file expand to more than ${p.limit} times the nodes they point at; write the content out instead of through aliases (*name)`,
  ),
  "empty-file": define<{ expected: string }>(
    "error",
    "A spec file holds nothing.",
    (p) => `the file is empty; it should hold ${p.expected}`,
  ),
  "unexpected-file": define<{ places: string }>(
    "error",
    "A YAML file lies where the generator does not look for one.",
    (p) => `this file is not read: spec files go in ${p.places}; move or delete it`,
  ),
  "missing-platform": define<{ file: string }>(
    "error",
    "spec/sips.yaml is missing.",
    (p) => `${p.file} is missing: it holds the seal rule that every operation uses`,
  ),
  "unknown-key": define<{ key: string; where: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A key that the spec format does not have (often a typo).",
    (p) => `unknown key ${quoted(p.key)} in ${p.where}${hint(p.suggestion)} (allowed: ${p.allowed})`,
  ),
  "missing-key": define<{ key: string; where: string }>(
    "error",
    "A required key is absent.",
    (p) => `${p.where} needs a "${p.key}" key`,
  ),
  "duplicate-key": define<{ key: string; where: string }>(
    "error",
    "The same key twice in one mapping.",
    (p) => `key ${quoted(p.key)} appears twice in ${p.where}; keep one`,
  ),
  "duplicate-field": define<{ field: string; where: string }>(
    "error",
    "A field declared twice in one message.",
    (p) => `field "${p.field}" is declared twice in ${p.where}; keep one`,
  ),
  "duplicate-value": define<{ value: string; where: string }>(
    "error",
    "A value listed twice in one value list, or in the values an operation's field takes.",
    (p) => `value "${p.value}" is listed twice in ${p.where}; keep one`,
  ),
  "wrong-type": define<{ where: string; expected: string; found: string }>(
    "error",
    "A value of the wrong shape (a list where text is expected, ...).",
    (p) => `${p.where} must be ${p.expected}, found ${p.found}`,
  ),
  "empty-value": define<{ where: string }>(
    "error",
    "An empty text, list or mapping where content is needed.",
    (p) => `${p.where} must not be empty`,
  ),
  "unknown-presence": define<{ value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A presence other than required, optional, conditional or undocumented.",
    (p) => `unknown presence "${p.value}"${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "unknown-type": define<{ value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A field type the spec format does not have.",
    (p) => `unknown field type "${p.value}"${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "unknown-enum": define<{ where: string; value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A keyword value outside its fixed set (method, match, seal order, algorithm kind, hash).",
    (p) => `${p.where} "${p.value}" is not supported${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "bad-version": define<{ value: string; expected: string }>(
    "error",
    "A malformed interface version.",
    (p) => `malformed interface version "${p.value}": expected ${p.expected}`,
  ),
  "bad-name": define<{ value: string; what: string }>(
    "error",
    "A field, operation or value-list name that is not lowerCamelCase.",
    (p) => `${p.what} ${quoted(p.value)} must be lowerCamelCase letters and digits (e.g. myFieldName)`,
  ),
  "name-too-long": define<{ value: string; max: number }>(
    "error",
    "A name longer than the spec format allows (names become identifiers, files and folders).",
    (p) => `name ${quoted(p.value)} is ${p.value.length} characters long; names may have at most ${p.max}`,
  ),
  "text-too-long": define<{ where: string; length: number; max: number }>(
    "error",
    "A text far longer than any Sips page prints (a sign of a pasted file or a broken line).",
    (p) =>
      `${p.where} is ${p.length.toLocaleString("en")} characters long; texts may have at most ${p.max.toLocaleString("en")}`,
  ),
  "too-many-values": define<{ where: string; count: number; max: number }>(
    "error",
    "A value list longer than the generated TypeScript can type (TypeScript refuses the array of its values as too complex, TS2590).",
    (p) =>
      `${p.where} has ${p.count.toLocaleString("en")} values; a value list may have at most ${p.max.toLocaleString("en")}, the most TypeScript types in one array of value descriptors`,
  ),
  "too-many-fields": define<{ where: string; count: number; max: number }>(
    "error",
    "A message or container with more fields than its generated validator is type-checked at (its checks are split in parts, and TypeScript's time grows with them).",
    (p) =>
      `${p.where} has ${p.count.toLocaleString("en")} fields; a message or container may have at most ${p.max.toLocaleString("en")}, the most its generated validator is type-checked at`,
  ),
  "bad-pattern": define<{ where: string; value: string; expected: string }>(
    "error",
    "A value that does not have the expected form (URL, interface prefix, constant name).",
    (p) => `${p.where} ${quoted(p.value)} is malformed: expected ${p.expected}`,
  ),
  "prefix-mismatch": define<{ recommended: string; prefix: string } | { prefix: string; given: string }>(
    "error",
    "A recommended interfaceVersion that does not start with its prefix, or recommended versions by prefix without the operation's prefix.",
    (p) =>
      "recommended" in p
        ? `recommended interfaceVersion "${p.recommended}" does not start with the prefix "${p.prefix}"`
        : `no recommended interfaceVersion for the operation's prefix "${p.prefix}" (recommended gives ${p.given}); add it, or write the one version as text`,
  ),
  "unknown-value-list": define<{ name: string; suggestion: string | undefined }>(
    "error",
    "A field refers to a value list that no dictionary file defines.",
    (p) =>
      `no value list named "${p.name}"${hintThen(p.suggestion)}Value lists are defined under valueLists: in spec/dictionary/`,
  ),
  "duplicate-value-list": define<{ name: string }>(
    "error",
    "Two dictionary entries define the same value list.",
    (p) => `value list "${p.name}" is defined twice; keep one definition`,
  ),
  "bad-environment": define<{ value: string; expected: string }>(
    "error",
    "An environment name of endpoints: that is not the page's label in lower case.",
    (p) => `environment ${quoted(p.value)} is malformed: expected ${p.expected}`,
  ),
  "no-json-endpoint": define<Record<string, never>>(
    "error",
    "An operation with no JSON address in any environment: the client and the mock post JSON.",
    () => "no environment has a JSON address (a URL, or json: under the environment); the client posts JSON",
  ),
  "duplicate-endpoint": define<{ url: string }>(
    "error",
    "Two operations, or two environments, with the same JSON address.",
    (p) => `${p.url} is already the JSON address of another operation or environment; each has its own`,
  ),
  "duplicate-operation": define<{ name: string }>(
    "error",
    "Two files define the same operation.",
    (p) => `operation "${p.name}" is defined twice; keep one file`,
  ),
  "value-needs-name": define<{ value: string; list: string }>(
    "error",
    "A value that does not make an identifier by itself and has no name.",
    (p) =>
      `value "${p.value}" of list "${p.list}" does not make a constant name by itself; give it one, e.g. "name: MY_VALUE"`,
  ),
  "duplicate-value-name": define<{ name: string; list: string }>(
    "error",
    "Two values of one list have the same constant name.",
    (p) => `two values of list "${p.list}" have the constant name "${p.name}"; give one of them another "name:"`,
  ),
  "unknown-algorithm": define<{ value: string; known: string }>(
    "error",
    "A seal algorithm that the platform file does not define.",
    (p) => `seal algorithm "${p.value}" is not defined under seal.algorithms (defined: ${p.known})`,
  ),
  "unknown-status-field": define<{ field: string }>(
    "error",
    "An operation's status block names a field its response does not have.",
    (p) => `the response has no field "${p.field}"; status names response fields`,
  ),
  "unknown-facts-stop-field": define<{ field: string; message: string }>(
    "error",
    "A factsStop block whose `after` names a field its message does not have.",
    (p) =>
      `${p.message} has no field "${p.field}"; factsStop.after names the last field of the page the saved facts reach`,
  ),
  "unknown-status-code": define<{ code: string; of: string }>(
    "error",
    "A status code that is not a value the status field takes (its value list's, or the operation's own values).",
    (p) => `"${p.code}" is not a value of ${p.of}; use one of its values or undocumented`,
  ),
  "missing-seal-field": define<{ message: string; field: string }>(
    "error",
    "A message without the seal field: every Sips message is sealed.",
    (p) => `${p.message} has no "${p.field}" field; every Sips message carries its seal`,
  ),
  "seal-field-not-excluded": define<{ direction: string; field: string }>(
    "error",
    "A seal exclusion list without the seal field: a seal cannot cover itself.",
    (p) =>
      `seal.${p.direction}.exclude must list "${p.field}": a seal cannot be computed over itself, so verify(seal(message)) would always fail`,
  ),
  "condition-without-conditional": define<{ field: string }>(
    "error",
    "A condition given for a field that is not conditional.",
    (p) => `field "${p.field}" has a condition but its presence is not conditional`,
  ),
  "interface-version-in-response": define<{ field: string }>(
    "error",
    "A response field of type interfaceVersion: only requests declare their interface version.",
    (p) => `response field "${p.field}" cannot have type interfaceVersion; use string`,
  ),
  "missing-source": define<{ page: string }>(
    "error",
    "The source page named by an operation does not exist.",
    (p) => `source page "${p.page}" does not exist under spec/`,
  ),
  "unknown-dictionary-field": define<{ field: string; suggestion: string | undefined }>(
    "error",
    "A field taken from the dictionary (from: dictionary) that the dictionary does not define.",
    (p) =>
      `the dictionary has no field "${p.field}"${hintThen(p.suggestion)}Define it under fields: in spec/dictionary/, or write the field out here`,
  ),
  "incomplete-field": define<{ field: string; missing: string }>(
    "error",
    "A field taken from the dictionary whose presence or version neither the dictionary nor the operation gives.",
    (p) =>
      `field "${p.field}" has no ${p.missing}: the dictionary gives none, so give it here (undocumented if no source says)`,
  ),
  "conflicting-field": define<{ field: string; how: string }>(
    "error",
    "A field name defined twice in ways that disagree: one name is one field across the whole spec.",
    (p) =>
      `field "${p.field}" ${p.how}; make the definitions agree, or define it once in spec/dictionary/ and use from: dictionary`,
  ),
  "conflicting-container": define<{ typeName: string }>(
    "error",
    "Two containers that would share one generated type name but differ.",
    (p) =>
      `container type ${p.typeName} is defined differently elsewhere (its description or its fields); share one definition through spec/dictionary/ or give one a different typeName`,
  ),
  "inconsistent-shape": define<{ field: string; problem: string }>(
    "error",
    "A container without fields, a list without items, or fields/items on the wrong type.",
    (p) => `field "${p.field}" ${p.problem}`,
  ),
  "dictionary-override": define<{ field: string; key: string }>(
    "error",
    "A field taken from the dictionary that tries to change what the field is (type, value list, format, content).",
    (p) =>
      `field "${p.field}" is taken from the dictionary, so its ${p.key} cannot change here; change the dictionary, or write the field out without from:`,
  ),
  "value-not-in-list": define<{ value: string; where: string; list: string; suggestion: string | undefined }>(
    "error",
    "A value an operation's field takes (values:) or gives its own meaning (meanings:) that its value list does not have.",
    (p) =>
      `value ${quoted(p.value)} of ${p.where} is not in value list "${p.list}"${hint(p.suggestion)} (add it to the list in spec/dictionary/ first)`,
  ),
  "meaning-not-taken": define<{ value: string; operation: string; field: string; values: string }>(
    "error",
    "An own meaning (meanings:) of a value that the field's values: leave out.",
    (p) =>
      `meaning given for ${quoted(p.value)}, which ${p.operation}'s ${p.field} does not take (values: ${p.values}); remove it or add the value to values:`,
  ),
  "values-without-list": define<{ field: string; key: string }>(
    "error",
    "values: or meanings: on a field that has no value list.",
    (p) =>
      `field "${p.field}" has no value list, so it cannot have ${p.key}:; give it a valueList (or the dictionary's entry one)`,
  ),
  "values-in-callback": define<{ field: string; key: string }>(
    "error",
    "values: or meanings: on a field of a callback: a callback's fields take their whole value lists.",
    (p) =>
      `field "${p.field}" is a field of the callback, whose fields take their whole value list, so it cannot have ${p.key}:`,
  ),
  "values-in-container": define<{ field: string; key: string; container: string }>(
    "error",
    "values:, meanings: or a value list of its own on a field inside a container: a container is one type for every operation.",
    (p) =>
      `field "${p.field}" is inside container ${p.container}, which is one type for every operation, so it cannot have ${p.key}: of its own; change the value list instead`,
  ),
  "values-not-narrowing": define<{ field: string; list: string }>(
    "warning",
    "values: that lists every value of the list: it says nothing.",
    (p) => `values: of field "${p.field}" lists every value of ${p.list}; leave it out`,
  ),
  "meaning-as-shared": define<{ value: string; field: string; list: string }>(
    "warning",
    "An own meaning (meanings:) worded as the list's general meaning: it says nothing.",
    (p) =>
      `the meaning given for ${quoted(p.value)} of field "${p.field}" is the one value list "${p.list}" gives; leave it out`,
  ),
  "bad-format": define<{ value: string; expected: string }>(
    "error",
    "A malformed Sips format.",
    (p) => `malformed format "${p.value}": expected ${p.expected}`,
  ),
  "reserved-name": define<{ subject: string; why: string; suggestion: string }>(
    "error",
    "A name the generated package cannot use: a reserved word, a name of the runtime or a global, an Object.prototype member, a reserved file name.",
    (p) => `${p.subject} is ${p.why}; ${p.suggestion}`,
  ),
  "name-collision": define<{ name: string; what: string; other: string; suggestion: string }>(
    "error",
    "Two things of the spec that would export the same name.",
    (p) => `${p.name} would be both ${p.what} and ${p.other}; ${p.suggestion}`,
  ),
  "case-collision": define<{ name: string; other: string }>(
    "error",
    "Two operations whose names differ only in letter case: their files collide on case-insensitive disks.",
    (p) =>
      `operation "${p.name}" differs from "${p.other}" only in letter case: their files (operations/${p.name}/, docs/${p.name}.md) would be one on case-insensitive file systems (macOS, Windows); rename one`,
  ),
  "unused-value-list": define<{ name: string }>(
    "warning",
    "A value list that no field uses.",
    (p) => `value list "${p.name}" is not used by any field`,
  ),
  "bad-example": define<{ field: string; value: string; problem: string }>(
    "error",
    "An example: that its own field would refuse (type, format, value list).",
    (p) => `example "${p.value}" of field "${p.field}" ${p.problem}`,
  ),
  "missing-example": define<{ field: string; format: string }>(
    "warning",
    "A field with a format but no example: generated examples then only fit the format, they do not look like real data.",
    (p) => `field "${p.field}" has format ${p.format} but no example:; give one that Sips would send`,
  ),
  "page-missing-section": define<{ section: string }>(
    "error",
    "A saved page without one of the parts of a Sips operation page (Endpoints, Request, Response, Changelog).",
    (p) => `the page has no "${p.section}" section; is it a saved Sips operation page?`,
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
  "page-uncited": define<{ page: string }>(
    "error",
    "A saved page that no operation cites; npm run sync makes an operation of it.",
    (p) => `no operation cites ${p.page}; run npm run sync to add it`,
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
  "page-container-values": define<{ field: string; container: string; printed: string; list: string }>(
    "info",
    "A page lists values of a container's field other than its shared list: a container is one type for every operation, so sync writes nothing.",
    (p) =>
      `the page lists ${p.printed} for ${p.container}.${p.field}; the container's field takes ${p.list} (containers are shared by every operation; nothing written)`,
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

export type DiagnosticCode = keyof typeof diagnosticCodes;
export type DiagnosticParams<C extends DiagnosticCode> = Parameters<(typeof diagnosticCodes)[C]["message"]>[0];
