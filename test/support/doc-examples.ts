// The TypeScript examples of the users' guide and the README, as files a
// consumer beside generated/ type-checks: the package's import paths turned
// into relative ones, and the names an example leaves to its reader (the key,
// a request's body) declared with the types a reader would have.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.js";

/** Where the examples are: the users' guide (the tarball's README) and the maintainers' README. */
const DOCUMENTS = ["docs/package-readme.md", "README.md"];

/** What the examples use without defining, as a reader's code has it: values from outside, unknown until checked. */
const FREE_NAMES = `import type { ClientConfig, PaymentTokenInitializeRequest } from "../../generated/index.js";
declare global {
  const secretKey: string;
  const body: Uint8Array;
  const reply: unknown;
  const message: PaymentTokenInitializeRequest;
  const config: ClientConfig;
  const normalReturnUrl: string;
  const automaticResponseUrl: string;
}
`;

/** The names FREE_NAMES declares: what an example may use without defining it. */
export const FREE_NAME_LIST: readonly string[] = [...FREE_NAMES.matchAll(/^ {2}const (\w+):/gm)].map(
  ([, name]) => name ?? "",
);

/**
 * The free names an example uses without defining them: outside its comments and strings, and neither a property
 * (`error.message`), an object's key (`body:`) nor a name it declares (`const secretKey`, or in a destructuring).
 */
export function freeNamesUsed(code: string): string[] {
  const bare = code
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/\/\/.*$/gm, "")
    .replace(/\/\*[\s\S]*?\*\//g, "");
  return FREE_NAME_LIST.filter(
    (name) =>
      new RegExp(`(?<![.\\w])${name}\\b(?!\\s*:)`).test(bare) &&
      !new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b`).test(bare) &&
      !new RegExp(`\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=`).test(bare),
  );
}

/** An import path of the package (or of the repository's generated/), as a path under `generated`. */
function localImport(specifier: string, generated: string): string {
  if (specifier === "sips-json" || specifier === "./generated/index.js") return `${generated}/index.js`;
  if (specifier === "sips-json/mock" || specifier === "sips-json/paypage")
    return `${generated}/${specifier.slice("sips-json/".length)}.js`;
  if (specifier.startsWith("sips-json/")) return `${generated}/operations/${specifier.slice(10)}/index.js`;
  return specifier;
}

/**
 * Each ```ts block of the documents as a module, by a path under docs/ that names its document and line; its
 * imports of the package under `generated`, by default generated/ as a file in `<consumer>/docs/` reaches it.
 */
export function docExamples(generated = "../../generated"): Record<string, string> {
  const files: Record<string, string> = { "docs/free-names.d.ts": FREE_NAMES };
  for (const document of DOCUMENTS)
    Object.assign(files, examplesOf(readFileSync(path.join(repoRoot, document), "utf8"), document, generated));
  return files;
}

/** The ```ts blocks of one document's text, as docExamples names and writes them. */
export function examplesOf(text: string, document: string, generated: string): Record<string, string> {
  const files: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```ts") continue;
    const end = lines.indexOf("```", i + 1);
    // Else i = -1 would start the loop over from the first line, and the test run would hang, not fail.
    if (end < 0) throw new Error(`${document}:${i + 1}: a code block that no \`\`\` line closes`);
    const code = lines
      .slice(i + 1, end)
      .join("\n")
      .replace(/(from |import\()"([^"]+)"/g, (_, before: string, specifier: string) => {
        return `${before}"${localImport(specifier, generated)}"`;
      });
    files[`docs/${path.basename(document, ".md")}-${i + 2}.ts`] = `${code}\nexport {};\n`;
    i = end;
  }
  return files;
}
