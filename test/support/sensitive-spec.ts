// The fields the spec marks `sensitive:`, read from its own files (a field's
// own mark or its dictionary entry's), so that a test about them holds a field
// marked later too; and the secrets carried beyond a message's saved facts.
import { parse } from "yaml";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "./paths.js";

type Yaml = Record<string, unknown>;
const record = (value: unknown): Yaml =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Yaml) : {};

export interface SensitiveFact {
  readonly operation: string;
  readonly message: "request" | "response";
  readonly field: string;
  /** What secret it carries, as the spec words it. */
  readonly secret: string;
}

/** Every top-level field of a request or response that the spec marks sensitive, itself or by its dictionary entry. */
export async function sensitiveFieldsOfSpec(): Promise<SensitiveFact[]> {
  const input = await readSpecInput(specDir);
  const read = (text: string): Yaml => record(parse(text, { schema: "failsafe" }));
  const dictionary: Yaml = Object.assign(
    {},
    ...input.files.filter((f) => f.kind === "dictionary").map((f) => record(read(f.text)["fields"])),
  );
  const found: SensitiveFact[] = [];
  for (const file of input.files.filter((f) => f.kind === "operation")) {
    const spec = read(file.text);
    for (const message of ["request", "response"] as const)
      for (const [field, raw] of Object.entries(record(record(spec[message])["fields"]))) {
        const own = record(raw);
        const entry = own["from"] === "dictionary" ? record(dictionary[field]) : own;
        if (entry["sensitive"] !== undefined)
          found.push({ operation: String(spec["operation"]), message, field, secret: String(entry["sensitive"]) });
      }
  }
  return found;
}

/** Every request or response whose saved facts stop before a field that carries a secret (`factsStop.sensitive`). */
export async function secretsBeyondFactsOfSpec(): Promise<Omit<SensitiveFact, "field">[]> {
  const input = await readSpecInput(specDir);
  return input.files
    .filter((f) => f.kind === "operation")
    .map((f) => record(parse(f.text, { schema: "failsafe" })))
    .flatMap((spec) =>
      (["request", "response"] as const).flatMap((message) => {
        const secret = record(record(spec[message])["factsStop"])["sensitive"];
        return secret === undefined ? [] : [{ operation: String(spec["operation"]), message, secret: String(secret) }];
      }),
    );
}
