// The interface version in which each top-level field of a message appeared,
// as the spec's own files give it (an operation's `since`, else the
// dictionary's default), and where a generated package says it: the registry,
// the reference page's row, the operation's changelog, the request validators, and the OpenAPI
// document's version rules beside the JSON Schema's.
import { parse } from "yaml";
import type { SpecInput } from "../../generator/read/spec-files.js";
import type { MessageKind } from "./value-facts.js";
import type { ValuesPackage } from "./value-artifacts.js";

export interface FieldSince {
  readonly operation: string;
  readonly message: MessageKind;
  readonly field: string;
  /** The callback's name (a type of its own), for a callback's field. */
  readonly callbackName: string | null;
  /** A version ("2.30") or "undocumented". */
  readonly since: string;
}

type Yaml = Record<string, unknown>;
const record = (value: unknown): Yaml =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Yaml) : {};
const read = (text: string): Yaml => record(parse(text, { schema: "failsafe" }));

/** Every top-level field of every message of `input` with its `since`. */
export function fieldSinceOf(input: SpecInput): FieldSince[] {
  const dictionary = input.files.filter((f) => f.kind === "dictionary").map((f) => read(f.text));
  const shared: Yaml = Object.assign({}, ...dictionary.map((d) => record(d["fields"])));
  return input.files
    .filter((f) => f.kind === "operation")
    .flatMap((file) => {
      const operation = read(file.text);
      const kinds: MessageKind[] = ["request", "response", "callback"];
      return kinds.flatMap((message) =>
        Object.entries(record(record(operation[message])["fields"])).map(([field, raw]) => {
          const own = record(raw);
          const base = own["from"] === "dictionary" ? record(shared[field]) : {};
          return {
            operation: String(operation["operation"]),
            message,
            field,
            callbackName: message === "callback" ? String(record(operation["callback"])["name"]) : null,
            since: String(own["since"] ?? base["since"]),
          };
        }),
      );
    });
}

const where = (f: FieldSince) => `${f.operation} ${f.message}.${f.field}`;

/** The registry's `since` (null for undocumented), the reference page's row and the changelog's say what the spec says. */
export function sinceDisagreements(pkg: ValuesPackage, f: FieldSince, all: readonly FieldSince[]): string[] {
  const operation = pkg.operations[f.operation];
  const message = f.message === "callback" ? operation?.callback : operation?.[f.message];
  const field = message?.fields.find((d) => d.name === f.field);
  const out: string[] = [];
  const registry = field?.since ?? "undocumented";
  if (registry !== f.since) out.push(`${where(f)}: registry since ${registry}, spec ${f.since}`);
  const page = pkg.files.get(`docs/${f.operation}.md`) ?? "";
  const heading = f.message === "callback" ? "## Callback: " : `## ${f.message === "request" ? "Request" : "Response"}`;
  const lines = page.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  const row = lines.slice(start, end < 0 ? undefined : end).find((line) => line.startsWith(`| \`${f.field}\` |`));
  const shown = row?.split(" | ")[2];
  if (shown !== f.since) out.push(`${where(f)}: the page's row shows ${shown}, spec ${f.since}`);
  // The changelog table: the message's rows, then the callback's own table after "Callback".
  const changelog = (pkg.files.get(`operations/${f.operation}/CHANGELOG.md`) ?? "").split("\nCallback ");
  const table = f.message === "callback" ? (changelog[1] ?? "") : (changelog[0] ?? "");
  const attendance = f.message === "request" ? "Request" : "Response";
  const rows = table
    .split("\n")
    .filter((line) => line.split(" | ")[1] === f.field && line.split(" | ")[2]?.includes(attendance));
  const versions = rows.map((line) => line.slice(2).split(" | ")[0]);
  const wanted = changelogVersion(f, all);
  if (versions.length !== 1 || versions[0] !== wanted)
    out.push(`${where(f)}: the changelog's rows give ${JSON.stringify(versions)}, spec ${wanted}`);
  return out;
}

/**
 * The version a changelog row gives: a field of both the request and the response is one row, of the newer of
 * its two versions (from which both carry it, as the Sips pages print `seal`), undocumented where either is.
 */
function changelogVersion(f: FieldSince, all: readonly FieldSince[]): string {
  if (f.message === "callback") return f.since;
  const other = all.find(
    (o) =>
      o.operation === f.operation &&
      o.field === f.field &&
      o.message === (f.message === "request" ? "response" : "request"),
  );
  if (!other) return f.since;
  if (f.since === "undocumented" || other.since === "undocumented") return "undocumented";
  const number = (v: string) => v.split(".").map(Number) as [number, number];
  const [a, b] = [number(f.since), number(other.since)];
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]) ? f.since : other.since;
}

/** The version just before `since` ("2.29" before "2.30", "1.9" before "2.0" is not made: null). */
function versionBefore(since: string): string | null {
  const [major, minor] = since.split(".").map(Number);
  return major === undefined || minor === undefined || minor === 0 ? null : `${major}.${minor - 1}`;
}

/**
 * A request declaring the field's own version takes it; declaring the version before reports it (`version`),
 * unless that version is below the lowest the operation's requests may declare (`interface-version`, held by the
 * version-floor tests). The number of requests where the earlier version reached the field is returned.
 */
export function requestSinceDisagreements(pkg: ValuesPackage, f: FieldSince): { out: string[]; reached: number } {
  const operation = pkg.operations[f.operation];
  const before = versionBefore(f.since);
  if (!operation || f.message !== "request" || f.field === "interfaceVersion" || before === null)
    return { out: [], reached: 0 };
  const issuesAt = (version: string) => {
    const result = operation.request.validate({
      interfaceVersion: `${operation.interfaceVersion.prefix}${version}`,
      [f.field]: "x",
    });
    return [...(result.ok ? [] : result.errors), ...result.warnings];
  };
  const out: string[] = [];
  if (issuesAt(f.since).some((i) => i.code === "version" && i.path === `/${f.field}`))
    out.push(`${where(f)}: refused as too new at ${f.since}, its own version`);
  const earlier = issuesAt(before);
  if (earlier.some((i) => i.code === "interface-version")) return { out, reached: 0 };
  if (!earlier.some((i) => i.code === "version" && i.path === `/${f.field}`))
    out.push(`${where(f)}: not refused as too new at ${before}`);
  return { out, reached: 1 };
}

/** JSON with every object's keys sorted: two documents may write one schema's keys in another order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    typeof inner === "object" && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/** The OpenAPI document's component of each message is its strict JSON Schema (version rules included). */
export function openapiSchemaDisagreements(pkg: ValuesPackage): { out: string[]; compared: number } {
  const components = (JSON.parse(pkg.files.get("openapi.json") ?? "{}") as { components?: { schemas?: Yaml } })
    .components;
  const out: string[] = [];
  let compared = 0;
  const local = (value: unknown) => canonical(value).replaceAll('"#/$defs/', '"#/components/schemas/');
  for (const [file, text] of pkg.files) {
    if (!file.startsWith("schemas/") || file.endsWith(".lenient.schema.json")) continue;
    const { $schema, $id, $comment, $defs, ...schema } = JSON.parse(text) as Yaml;
    const title = String(schema["title"]);
    if (local(schema) !== local(components?.schemas?.[title])) out.push(`${file}: openapi's ${title} differs`);
    for (const [name, def] of Object.entries(record($defs)))
      if (local(def) !== local(components?.schemas?.[name])) out.push(`${file}: openapi's ${name} differs`);
    compared++;
  }
  return { out, compared };
}
