// The commands the documents give a reader to type: in their code blocks (a
// line, up to its comment or the aligned text that describes it; a comment
// that starts with "or " is another way to type it) and in their inline code
// spans, each split into its environment assignments, its program and its
// arguments.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.js";

/** A command of a document: where it is, what it sets in the environment, what it runs. */
export interface DocCommand {
  /** `file:line` of the text it was read from. */
  readonly where: string;
  readonly env: Readonly<Record<string, string>>;
  /** The words from the program on: `npm run sync -- --check`, `npx sips-json mock --port 8080`. */
  readonly words: readonly string[];
  /** Followed by `&`: started in the background by a script, not typed as it is. */
  readonly background: boolean;
}

/** The documents a reader follows: the README, docs/ and the changelog. */
export const DOCUMENTS = [
  "README.md",
  "CHANGELOG.md",
  ...readdirSync(path.join(repoRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];

/** The programs whose commands are read; anything else in a span is prose. */
const PROGRAM = /^(npm|npx|node|node_modules\/\.bin\/sips-json|sips-json)$/;
const ASSIGNMENT = /^([A-Z][A-Z0-9_]*)=(.*)$/;
const END = new Set(["&&", "&", "|", ";", "#"]);

/** The commands of a text: each program and its arguments, with the assignments just before it. */
function commandsIn(text: string, where: string, inherited: readonly string[] = []): DocCommand[] {
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^["']|["'],?$/g, ""));
  const found: DocCommand[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!PROGRAM.test(words[i] ?? "")) continue;
    const env: Record<string, string> = {};
    for (let j = i - 1; j >= 0; j--) {
      const assigned = ASSIGNMENT.exec(words[j] ?? "");
      if (!assigned) break;
      env[assigned[1] ?? ""] = assigned[2] ?? "";
    }
    let end = i + 1;
    while (end < words.length && !END.has(words[end] ?? "")) end++;
    found.push({ where, env, words: words.slice(i, end), background: words[end] === "&" });
    i = end;
  }
  // Assignments alone ("or SIPS_MOCK_KEY=k"): the command before, typed with them and without its arguments.
  if (found.length === 0 && words.length > 0 && words.every((word) => ASSIGNMENT.test(word)) && inherited.length > 0)
    return commandsIn(`${words.join(" ")} ${inherited.join(" ")}`, where);
  return found;
}

/** The program and subcommand of a command, without its options: what "or VAR=value" is typed before. */
function head(command: DocCommand | undefined): string[] {
  const options = command?.words.findIndex((word, i) => i > 0 && word.startsWith("-")) ?? -1;
  return command?.words.slice(0, options < 0 ? undefined : options) ?? [];
}

/** Every command of every document, in document order. */
export function docCommands(): DocCommand[] {
  return DOCUMENTS.flatMap((document) => commandsOf(readFileSync(path.join(repoRoot, document), "utf8"), document));
}

/** The commands of one document's text, in its order. */
export function commandsOf(text: string, document: string): DocCommand[] {
  const commands: DocCommand[] = [];
  const lines = text.split("\n");
  let prose: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^\s*```(\S*)$/.exec(lines[i] ?? "");
    if (!fence) {
      prose.push({ text: lines[i] ?? "", line: i + 1 });
      continue;
    }
    commands.push(...spans(prose, document));
    prose = [];
    const end = lines.findIndex((line, j) => j > i && /^\s*```$/.test(line));
    // Else i = -1 would start the loop over from the first line, and the test run would hang, not fail.
    if (end < 0) throw new Error(`${document}:${i + 1}: a code block that no \`\`\` line closes`);
    if (fence[1] === "" || fence[1] === "sh")
      for (let j = i + 1; j < end; j++) {
        const [typed = "", comment = ""] = (lines[j] ?? "").split(/\s#\s?/, 2);
        const where = `${document}:${j + 1}`;
        const main = commandsIn(typed.split(/\s{2,}\S/)[0] ?? "", where);
        commands.push(...main);
        if (comment.startsWith("or ")) commands.push(...commandsIn(comment.slice(3), where, head(main[0])));
      }
    i = end;
  }
  commands.push(...spans(prose, document));
  return commands;
}

/** The commands of the inline code spans of a stretch of prose (a span may run over a line break). */
function spans(prose: readonly { text: string; line: number }[], document: string): DocCommand[] {
  const text = prose.map((p) => p.text).join("\n");
  const commands: DocCommand[] = [];
  // A span opens and closes with as many backticks (two around one that holds a backtick).
  for (const span of text.matchAll(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    const line = prose[text.slice(0, span.index).split("\n").length - 1]?.line;
    commands.push(...commandsIn((span[2] ?? "").replace(/\s+/g, " "), `${document}:${line}`));
  }
  return commands;
}
