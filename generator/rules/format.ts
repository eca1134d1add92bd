/** A Sips format such as N15: a character class and a maximum length (in characters). */
export interface FormatModel {
  readonly text: string;
  readonly charClass: "N" | "A" | "AN" | "ANS" | "ANU" | "ANSU";
  readonly maxLength: number;
}

/** A Sips format as the spec writes it (N15, ANS512): its character class and maximum length. */
const FORMAT = /^(ANSU|ANS|ANU|AN|A|N)(\d+)$/;

/** A format's character class and length; null when there is none (the spec format's schema refuses any other text). */
export function parseFormat(text: string | undefined): FormatModel | null {
  const match = text === undefined ? null : FORMAT.exec(text);
  if (!match || text === undefined) return null;
  return { text, charClass: match[1] as FormatModel["charClass"], maxLength: Number(match[2]) };
}
