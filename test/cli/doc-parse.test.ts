// How the documents' commands and examples are read: a code block left open
// is named by its file and line rather than hanging the run, and a command
// typed another way ("# or VAR=value") keeps its program and subcommand.
import { expect, test } from "vitest";
import { commandsOf } from "../support/doc-commands.js";
import { examplesOf } from "../support/doc-examples.js";

test("a code block that does not close is named by its document and line", () => {
  const text = "# Title\n\n```sh\nnpm test\n";
  expect(() => commandsOf(text, "docs/open.md")).toThrow("docs/open.md:3: a code block");
  expect(() => examplesOf(text.replace("```sh", "```ts"), "docs/open.md", "generated")).toThrow(
    "docs/open.md:3: a code block",
  );
});

test('"# or VAR=value" after a command without options is that command typed with the variable', () => {
  const [typed, other] = commandsOf(
    "```sh\nnpx sips-json mock   # or SIPS_MOCK_KEY=k npx sips-json mock\n```\n",
    "x.md",
  );
  const [alone, assigned] = commandsOf("```sh\nnpx sips-json mock   # or SIPS_MOCK_KEY=k\n```\n", "x.md");
  expect(typed?.words).toEqual(["npx", "sips-json", "mock"]);
  expect(alone?.words).toEqual(typed?.words);
  expect(assigned).toEqual(other);
  expect(assigned?.env).toEqual({ SIPS_MOCK_KEY: "k" });
});
