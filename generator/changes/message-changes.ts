// Changes of a message as a whole, beside its fields: how it travels
// (encoding), whether its saved facts stop before its page, and the callback
// Sips posts back to the shop, whose fields are read as a response's.

import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { changedSummary, withAside, type Change, type ChangeClass } from "./change.js";
import { compareMessages } from "./field-changes.js";
import { compareFloor } from "./floor-changes.js";
import { NO_RENAMES, type Renames } from "./field-places.js";
import { beyondFactsSecretChange } from "./sensitive-changes.js";
import { breakingFor, wordsFor, type MessageWords } from "./message-words.js";
import { pageSeen, pageWithin } from "./place-words.js";

/**
 * A callback added is additive; one removed (or renamed: its type, validator
 * and decoder change name) breaks the code that decodes it. Its fields are
 * classed as a response's, reported under "callback", a renamed one's too:
 * an operation has one callback, so its fields are the same message's.
 */
export function compareCallbacks(
  before: OperationModel,
  after: OperationModel,
  renamed: Renames = NO_RENAMES,
): Change[] {
  const operation = after.name;
  const [was, is] = [before.callback, after.callback];
  const change = (kind: "callback-added" | "callback-removed", classes: ChangeClass[], summary: string): Change => ({
    operation,
    message: "callback",
    field: null,
    kind,
    classes,
    summary,
  });
  // Both there under other names: the operation's one callback renamed.
  const gone = is
    ? `renamed ${is.name}: code that names its type, validator and decoder stops compiling`
    : "removed: its type, validator and decoder are gone";
  const removed = was ? [change("callback-removed", ["breaking-response"], `callback ${was.name} ${gone}.`)] : [];
  const added = is
    ? [change("callback-added", ["additive"], `callback ${is.name} added: its type, validator and decoder.`)]
    : [];
  if (!was || !is) return [...removed, ...added];
  return [
    ...(was.name !== is.name ? [...removed, ...added] : []),
    ...compareMessages(operation, was.message, is.message, renamed, undefined, is.name),
    ...compareMessageTraits(operation, wordsFor(is.message.kind, is.name), was.message, is.message),
  ];
}

/**
 * Each change of a callback named by it (the Markdown report shows the name where the message is): the callback
 * removed, or renamed from, by its old name, every other by the name the operation now gives it.
 */
export const withCallbackName =
  (before: OperationModel, after: OperationModel) =>
  (change: Change): Change => {
    if (change.message !== "callback") return change;
    const callback = change.kind === "callback-removed" ? before.callback : (after.callback ?? before.callback);
    return callback ? { ...change, callback: callback.name } : change;
  };

/**
 * The encoding, the interface prefix (and a request's lowest version) and the facts-stop of a message both specs
 * have; `words` name it (message-words.ts).
 */
export function compareMessageTraits(
  operation: string,
  words: MessageWords,
  before: MessageModel,
  after: MessageModel,
  responses: { readonly before: MessageModel; readonly after: MessageModel } | null = null,
): Change[] {
  return [
    ...compareEncoding(operation, words, before, after),
    ...comparePrefix(operation, words, before, after),
    ...(words.kind === "request" ? compareFloor(operation, before, after, responses) : []),
    ...compareFactsStop(operation, words, before, after),
  ];
}

/**
 * The validators hold a message's interfaceVersion (declared in a request,
 * pinned by the caller for any message) to its prefix: under another prefix,
 * every version of the old one is refused.
 */
function comparePrefix(operation: string, words: MessageWords, before: MessageModel, after: MessageModel): Change[] {
  const [was, is] = [before.interfacePrefix, after.interfacePrefix];
  if (was === is) return [];
  const message = words.noun;
  const refused =
    words.kind === "request"
      ? `requests declaring a ${was} version are refused`
      : words.decoder !== null
        ? `${words.decoder} given an interfaceVersion of ${was} refuses every posted result`
        : `validation pinned to a ${was} version refuses every ${message}`;
  const summary = `the ${message}'s interface prefix ${was} → ${is}: ${refused}.`;
  return [{ operation, message, field: null, kind: "interface-prefix", classes: [breakingFor(words)], summary }];
}

/** Another encoding changes what is sealed and how the message is read or built: every existing message. */
function compareEncoding(operation: string, words: MessageWords, before: MessageModel, after: MessageModel): Change[] {
  if (before.encoding === after.encoding) return [];
  const message = words.noun;
  const summary = `the ${message} travels as ${after.encoding} (was ${before.encoding}): its seal covers other text, and code that builds or reads it the old way fails.`;
  return [{ operation, message, field: null, kind: "encoding", classes: [breakingFor(words), "seal"], summary }];
}

/** Where the message's saved facts stop, and the secret a field beyond them carries (sensitive-changes.ts). */
function compareFactsStop(operation: string, words: MessageWords, before: MessageModel, after: MessageModel): Change[] {
  const secret = beyondFactsSecretChange(words, before, after);
  return [
    ...compareStop(operation, words, before, after),
    ...(secret ? [{ operation, message: words.noun, field: null, kind: "sensitive" as const, ...secret }] : []),
  ];
}

/**
 * Facts that stop make a field the spec does not hold a warning. In a request
 * (strict) that relaxes validation: added is additive, taken back breaks
 * senders. A response or callback tolerates unknown fields anyway, but its
 * type reads a field beyond the facts as `unknown` through an index signature
 * (interface-declaration.ts): given, `keyof` the type becomes `string | number` and
 * `Omit` over it keeps only that signature; taken back, code that reads such a
 * field by its name no longer compiles. Either way it breaks readers.
 */
function compareStop(operation: string, words: MessageWords, before: MessageModel, after: MessageModel): Change[] {
  const [was, is] = [before.factsStop, after.factsStop];
  const message = words.noun;
  const change = (classes: ChangeClass[], said: string | Pick<Change, "summary" | "line" | "changed">): Change[] => [
    {
      operation,
      message,
      field: null,
      kind: "facts-stop",
      classes,
      ...(typeof said === "string" ? { summary: said } : said),
    },
  ];
  const request = words.kind === "request";
  if (!was && is)
    return change(
      [request ? "additive" : breakingFor(words)],
      withAside(
        `the ${message}'s saved facts stop before its page`,
        pageSeen(is.see),
        pageWithin(is.see),
        `: a field the spec does not hold is a warning${request ? ", no longer an error" : ` that says so, and its type reads such a field as unknown (an index signature: keyof the type is string | number, and Omit over it keeps only that signature)`}.`,
      ),
    );
  if (was && !is)
    return change(
      [breakingFor(words)],
      `the ${message}'s saved facts no longer stop before its page: a field the spec does not hold is ${request ? "refused again" : "an unknown field, and its type no longer reads one (code that reads such a field by its name stops compiling)"}.`,
    );
  if (was && is && (was.after !== is.after || was.see !== is.see))
    return change(
      ["docs"],
      withAside(
        `the ${message}'s saved facts now stop${is.after === null ? "" : ` after ${is.after}`}`,
        pageSeen(is.see),
        pageWithin(is.see),
        ".",
      ),
    );
  // Its notes are printed in the message's reference section, its JSON Schema and the OpenAPI document.
  if (was && is && was.notes.join("\n") !== is.notes.join("\n"))
    return change(["docs"], changedSummary(`notes of where the ${message}'s saved facts stop`));
  return [];
}
