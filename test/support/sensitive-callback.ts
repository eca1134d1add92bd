// A fixture of the Paypage response (paymentWebInit's callback) holding a field
// marked sensitive: holderPan, a card number, written out between two of its
// neighbours, as a dictionary entry cannot be marked there. Generated once per
// worker for the test files that read it: a generation is a function of its
// input (determinism.test.ts), and none of them changes what it is given.
import path from "node:path";
import { type KeptGeneration, keptGeneration } from "./kept-generation.js";
import { editFile, tempWorkspace } from "./temp-spec.js";

/** Writes holderPan, marked as the buyer's card number, into the callback of the spec in `spec` (a temp copy). */
export async function markCallbackCardNumber(spec: string): Promise<void> {
  await editFile(
    path.join(spec, "operations/paypage/paymentWebInit.yaml"),
    "    keyVersion: { from: dictionary, presence: undocumented, since: undocumented }\n    maskedPan:",
    [
      "    holderPan:",
      "      presence: undocumented",
      "      since: undocumented",
      "      format: N19",
      "      sensitive: the buyer's card number",
      "      description: Number of the card paid with.",
      "    keyVersion: { from: dictionary, presence: undocumented, since: undocumented }",
      "    maskedPan:",
    ].join("\n"),
  );
}

let marked: Promise<KeptGeneration> | undefined;

/** The repository's spec with holderPan marked in the callback, generated and kept as "paypage-sensitive". */
export function markedCallbackGeneration(): Promise<KeptGeneration> {
  marked ??= (async () => {
    const { spec } = await tempWorkspace();
    await markCallbackCardNumber(spec);
    return keptGeneration(spec, "paypage-sensitive");
  })();
  return marked;
}
