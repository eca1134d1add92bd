// The diagnostics of the spec's rules beyond its format: value lists named,
// endpoints and environments, operations, value names, seal and status.

import { define, hintThen, quoted } from "./code-definition.js";

/** The codes of the spec's rules beyond its format. */
export const specRuleCodes = {
  "unknown-value-list": define<{ name: string; suggestion: string | undefined }>(
    "error",
    "A field refers to a value list that no dictionary file defines.",
    "Correct the name to a list of spec/dictionary/, or define the list there under valueLists:.",
    (p) =>
      `no value list named "${p.name}"${hintThen(p.suggestion)}Value lists are defined under valueLists: in spec/dictionary/`,
  ),
  "duplicate-value-list": define<{ name: string }>(
    "error",
    "Two dictionary entries define the same value list.",
    "Keep one definition, merging the values of the other.",
    (p) => `value list "${p.name}" is defined twice; keep one definition`,
  ),
  "bad-environment": define<{ value: string; expected: string }>(
    "error",
    "An environment name of endpoints: that is not the page's label in lower case.",
    "Name the environment as its label on the page, in lower case (prod, simu, ...).",
    (p) => `environment ${quoted(p.value)} is malformed: expected ${p.expected}`,
  ),
  "no-json-endpoint": define<Record<string, never>>(
    "error",
    "An operation with no JSON address in any environment: the client and the mock post JSON.",
    "Give the JSON address of at least one environment (a URL, or json: under the environment).",
    () => "no environment has a JSON address (a URL, or json: under the environment); the client posts JSON",
  ),
  "unknown-post-interface": define<{ callback: string; prefix: string; others: readonly string[] }>(
    "error",
    "An operation with a callback (posted through the POST interface) whose recommended versions do not give that interface's beside the operation's own, the one place its prefix comes from.",
    "Give the POST interface's recommended version beside the operation's own (e.g. HP_: HP_3.4), and that one alone.",
    (p) =>
      `callback ${p.callback} is posted through the POST interface, whose prefix the spec takes from its recommended version beside ${p.prefix}'s, and interfaceVersion.recommended gives ${
        p.others.length === 0
          ? "no version beside it; give it (e.g. HP_: HP_3.4), or record the page that prints none as a deviation and keep it"
          : `${p.others.join(" and ")} beside it, of which one only can be it; keep the POST interface's alone`
      }`,
  ),
  "post-without-interface": define<{ prefix: string }>(
    "warning",
    "An operation with a POST form address whose recommended versions give no POST interface beside its own: its form builder has no version to send by default and checks none.",
    "Give the POST interface's recommended version beside the operation's own (e.g. HP_: HP_3.4).",
    (p) =>
      `a POST form address, but interfaceVersion.recommended gives no POST interface beside ${p.prefix}: the generated form builder then sends no version by default (each call must give config.interfaceVersion, a TypeError otherwise) and holds none to a prefix; give the POST interface's recommended version (e.g. HP_: HP_3.4)`,
  ),
  "duplicate-endpoint": define<{ url: string }>(
    "error",
    "Two operations, or two environments, with the same JSON address.",
    "Correct the address of one of the two, each operation and environment having its own.",
    (p) => `${p.url} is already the JSON address of another operation or environment; each has its own`,
  ),
  "duplicate-operation": define<{ name: string }>(
    "error",
    "Two files define the same operation.",
    "Keep one file of the operation and delete the other, merging what it said.",
    (p) => `operation "${p.name}" is defined twice; keep one file`,
  ),
  "duplicate-deviation": define<{ about: string; line: number }>(
    "error",
    "Two deviations of one operation about the same fact (source.deviations): sync reads the first alone, its reason and its page:.",
    "Keep one deviation, with the reason (and page:) that holds.",
    (p) =>
      `deviation ${quoted(p.about)} is recorded twice in source.deviations (first at line ${p.line}), and sync reads the first alone; keep one, with the reason that holds`,
  ),
  "value-needs-name": define<{ value: string; list: string }>(
    "error",
    "A value that does not make an identifier by itself and has no name.",
    "Give the value a constant name (name: MY_VALUE).",
    (p) =>
      `value "${p.value}" of list "${p.list}" does not make a constant name by itself; give it one, e.g. "name: MY_VALUE"`,
  ),
  "bad-list-prefix": define<{
    problem: "none" | "not-start" | "shared" | "exact";
    value: string;
    list: string;
    prefix: string;
    other: string;
  }>(
    "error",
    "A value of a prefix list that stands for no interface prefix, a prefix that does not start the value as printed or that two values share, or a prefix in an exact list.",
    "Give each value the interface prefix it stands for (prefix:), one that starts it as printed and no other value's; in an exact list, remove prefix:.",
    (p) =>
      ({
        none: `value ${quoted(p.value)} of prefix list "${p.list}" does not start with an interface prefix (upper-case words each followed by "_"); give the one it stands for, e.g. "prefix: AB_CD_"`,
        "not-start": `prefix ${quoted(p.prefix)} does not start ${quoted(p.value)}, the value as the page prints it`,
        shared: `values ${quoted(p.other)} and ${quoted(p.value)} of list "${p.list}" both stand for the prefix ${quoted(p.prefix)}; one prefix is one interface`,
        exact: `list "${p.list}" is exact: prefix: is for the values of a list with match: prefix`,
      })[p.problem],
  ),
  "duplicate-value-name": define<{ name: string; list: string; field?: string }>(
    "error",
    "Two values of one list have the same constant name, or a name an operation gives its own meaning (meanings: with name:) is another value's constant name as its field takes the list.",
    "Give one of the two values (or the own meaning) another name (name:).",
    (p) =>
      p.field === undefined
        ? `two values of list "${p.list}" have the constant name "${p.name}"; give one of them another "name:"`
        : `two values of list "${p.list}", as ${p.field} takes it, have the constant name "${p.name}"; give this meaning another "name:"`,
  ),
  "unknown-algorithm": define<{ value: string; known: string }>(
    "error",
    "A seal algorithm that the platform file does not define.",
    "Use an algorithm of seal.algorithms in spec/sips.yaml, or define it there.",
    (p) => `seal algorithm "${p.value}" is not defined under seal.algorithms (defined: ${p.known})`,
  ),
  "unknown-status-field": define<{ field: string }>(
    "error",
    "An operation's status block names a field its response does not have.",
    "Correct the name to a field of the response, or add the field to the response.",
    (p) => `the response has no field "${p.field}"; status names response fields`,
  ),
  "status-error-field-not-text": define<{ field: string; is: string }>(
    "error",
    "A status block's `errorField` names a response field that cannot hold a request field's name: not text, or limited to a value list.",
    "Name a text field without a value list (the platform's errorField), or remove errorField.",
    (p) =>
      `status.errorField names "${p.field}", which is ${p.is}; it names a text field without a value list, which the mock fills with the name of the request field in error`,
  ),
  "status-error-field-unset": define<{ field: string }>(
    "warning",
    "A status block without `errorField` in an operation whose response has the platform's error field (sips.yaml errorField): the mock's format error then names no request field.",
    "Set the status block's errorField to the platform's error field.",
    (p) =>
      `the response has "${p.field}" but the status block names no errorField: the mock's format error names no field; set errorField: ${p.field} here`,
  ),
  "unknown-facts-stop-field": define<{ field: string; message: string }>(
    "error",
    "A factsStop block whose `after` names a field its message does not have.",
    "Name in factsStop.after the last field of the message the saved page prints.",
    (p) =>
      `${p.message} has no field "${p.field}"; factsStop.after names the last field of the page the saved facts reach`,
  ),
  "unknown-status-code": define<{ code: string; of: string }>(
    "error",
    "A status code that is not a value the status field takes (its value list's, or the operation's own values).",
    "Use a value of the status field (of its list, or the operation's own values), or undocumented.",
    (p) => `"${p.code}" is not a value of ${p.of}; use one of its values or undocumented`,
  ),
  "missing-seal-field": define<{ message: string; field: string }>(
    "error",
    "A message without the seal field: every Sips message is sealed.",
    "Add the seal field to the message.",
    (p) => `${p.message} has no "${p.field}" field; every Sips message carries its seal`,
  ),
  "seal-field-not-excluded": define<{ direction: string; field: string }>(
    "error",
    "A seal exclusion list without the seal field: a seal cannot cover itself.",
    "Add the seal field to the exclude list of spec/sips.yaml.",
    (p) =>
      `seal.${p.direction}.exclude must list "${p.field}": a seal cannot be computed over itself, so verify(seal(message)) would always fail`,
  ),
  "condition-without-conditional": define<{ field: string }>(
    "error",
    "A condition given for a field that is not conditional.",
    "Make the field conditional, or move the condition into its description or notes.",
    (p) => `field "${p.field}" has a condition but its presence is not conditional`,
  ),
  "interface-version-in-response": define<{ field: string }>(
    "error",
    "A response field of type interfaceVersion: only requests declare their interface version.",
    "Give the response field the type string.",
    (p) => `response field "${p.field}" cannot have type interfaceVersion; use string`,
  ),
  "missing-source": define<{
    page: string;
    lookalike?: string | undefined;
    of?: string | undefined;
    unread?: string | undefined;
    unreadFor?: "name" | "folder" | undefined;
  }>(
    "error",
    "The source page named by an operation does not exist; a saved page that no operation cites and whose title says it is that page is named beside it (a release saved under a name of its own), and a file not read as a page for its name or folder that would be read as that page (sources/x.txt or x.page.txt for sources/x.page.txt) is named in its place (no unread-page-file error of its own).",
    "Correct source.page to a saved page under spec/sources/, save the page there under that name, or cite the page named beside it.",
    (p) =>
      p.unread !== undefined
        ? `source page "${p.page}" does not exist under spec/, but ${p.unread} is not read as a page, for its ${p.unreadFor ?? "name"}: a page is read from sources/, under a name that ends in .page.txt; save it as ${p.page}`
        : p.lookalike === undefined
          ? `source page "${p.page}" does not exist under spec/`
          : `source page "${p.page}" does not exist under spec/, but ${p.lookalike}, which no operation cites, is titled as ${p.of}: if it is this page saved under another name, cite it here or save it as ${p.page}`,
  ),
} as const;
