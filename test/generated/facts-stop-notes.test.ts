// Where a message's facts stop, the spec says so in notes that the operation's
// source notes point at ("see the note on where the request's facts stop"):
// the doc comment of the message's type holds them, as its reference page does,
// so that the pointer leads somewhere in the artifact a reader has open.
import { expect, test } from "vitest";
import { generateRepoSpec } from "../support/generate.js";

test("each message type's doc comment holds the notes on where its facts stop", async () => {
  const { files, model } = await generateRepoSpec();
  let seen = 0;
  for (const op of model.operations) {
    const types = files.find((f) => f.path === `operations/${op.name}/types.ts`)?.content ?? "";
    for (const message of [op.request, op.response, op.callback?.message]) {
      for (const note of message?.factsStop?.notes ?? []) {
        seen++;
        // Without it: the type's doc comment printed the source notes that point at this note, and not the note.
        expect(types, `${op.name} ${message?.kind}`).toContain(` * Note: ${note}\n`);
      }
    }
  }
  // The repository's spec has such notes (acceptChallenge's request among them): the rule is held on them.
  expect(seen).toBeGreaterThan(0);
});
