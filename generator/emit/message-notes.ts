import type { MessageModel } from "../model/operation-model.js";

/**
 * A message's notes as every artifact prints them: its own, then those on where its facts stop, which the
 * operation's source notes name ("see the note on where the request's facts stop") wherever they are printed.
 */
export const messageNotes = (message: MessageModel): string[] => [
  ...message.notes,
  ...(message.factsStop?.notes ?? []),
];
