// prettier's answer for a text, kept on disk under a hash of all it depends on
// (its version, the options, the text: kept-answer.ts), as prettier-clean
// keeps the texts it found clean: a property drawn on the fixed seed asks the
// same texts on every run, and formatting them was most of its CPU
// (hugged-arguments: about 1.0 of its 2.6 s). The printer's text is still made
// and compared on every run; only prettier's side of the comparison is read
// back. Answers to texts drawn on a fresh seed are not kept, so that deep runs
// leave no pile of them behind.
import * as prettier from "prettier";
import { keptAnswer } from "./kept-answer.js";

/** What `prettier.format(text, options)` gives; `keep`: whether a new answer is kept for the runs after this one. */
export function prettierAnswer(text: string, options: prettier.Options, keep: boolean): Promise<string> {
  return keptAnswer(
    "prettier-answers",
    [prettier.version, JSON.stringify(options), text],
    () => prettier.format(text, options),
    keep,
  );
}
