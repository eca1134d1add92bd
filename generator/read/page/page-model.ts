// The typed form of a saved Sips documentation page (spec/sources/*.page.txt).
// Every fact keeps the line it was read from, so that a difference with the
// spec can name its place on the page.

import type { SourceLocation } from "../../diagnostics/diagnostic.js";

export type PagePresence = "required" | "conditional" | "optional";

/** A fact and where the page prints it. */
export interface PageFact<T> {
  readonly value: T;
  readonly at: SourceLocation;
}

export interface PageEndpoint {
  /** As printed: PROD, TEST, SIMU... */
  readonly label: string;
  readonly url: string;
  readonly method: string | null;
  /** JSON addresses contain /rs-services/; SOAP ones end with ?wsdl. */
  readonly protocol: "json" | "soap" | "other";
  readonly at: SourceLocation;
}

export interface PageValue {
  readonly value: string;
  /** One per line the page prints under the value, in page order. */
  readonly meanings: readonly string[];
  readonly at: SourceLocation;
}

export interface PageField {
  readonly name: string;
  /** The section the field is listed in (Required, Conditional, Optional). */
  readonly section: PagePresence;
  /** The presence printed beside the field; null when absent or not understood. */
  readonly presence: PageFact<PagePresence> | null;
  /** "2.37"; null when absent or malformed. */
  readonly since: PageFact<string> | null;
  /** Container the page prints for the field, if any. */
  readonly container: PageFact<string> | null;
  readonly description: PageFact<string>;
  readonly values: readonly PageValue[];
  readonly at: SourceLocation;
}

export interface PageMessage {
  /** In page order. */
  readonly fields: readonly PageField[];
  readonly at: SourceLocation | null;
}

export interface PageChangelogRow {
  readonly version: string;
  readonly field: string;
  /** Request, Response or Request/Response, as printed. */
  readonly attendance: string;
  readonly container: string;
  readonly at: SourceLocation;
}

export interface PageReadFirst {
  readonly label: string | null;
  readonly title: string;
  readonly description: string | null;
}

export interface SipsPage {
  /** The file as diagnostics print it. */
  readonly file: string;
  readonly name: PageFact<string> | null;
  readonly summary: PageFact<string> | null;
  /** "IR_WS_2.55"; null when the page gives none or a malformed one. */
  readonly recommended: PageFact<string> | null;
  readonly readFirst: readonly PageReadFirst[];
  /** As printed, in page order. */
  readonly endpoints: readonly PageEndpoint[];
  readonly request: PageMessage;
  readonly response: PageMessage;
  /** In page order. */
  readonly changelog: readonly PageChangelogRow[];
}

export const PAGE_PRESENCES: Readonly<Record<string, PagePresence>> = {
  Required: "required",
  Conditional: "conditional",
  Optional: "optional",
};

/** A version as the pages print it: "2.37", "1.0". */
export const PAGE_VERSION = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;
