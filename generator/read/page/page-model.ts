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

/** json: the JSON API (/rs-services/); soap: the SOAP service; post: the Paypage's HTML form. */
export type EndpointKind = "json" | "post" | "soap";

export interface PageEndpoint {
  /** As printed: PROD, TEST, SIMU... */
  readonly label: string;
  /** The label in lower case, as the spec names environments: prod, test, simu. */
  readonly environment: string;
  readonly url: string;
  readonly method: string | null;
  readonly kind: EndpointKind;
  readonly at: SourceLocation;
}

/** A recommended interfaceVersion, for one interface where the page gives several. */
export interface PageRecommended {
  /** The interface as the bullet names it ("POST", "JSON/SOAP"); null when the version is on the header line itself. */
  readonly label: string | null;
  /** An interface prefix, e.g. "AB_CD_". */
  readonly prefix: string;
  /** HP_3.4 */
  readonly version: string;
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
  /** Null when the page lacks the message's section: it then says nothing of its fields. */
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
  /** The document's title line ("Open in new tab" closes the block when the block has no title line). */
  readonly at: SourceLocation;
}

export interface SipsPage {
  /** The file as diagnostics print it. */
  readonly file: string;
  /** operation: a page with Endpoints and a Request; response: a Response alone (what Sips posts back after a Paypage payment). */
  readonly kind: "operation" | "response";
  /** The first line as printed. */
  readonly title: PageFact<string> | null;
  /** The title when it is an operation name (lowerCamelCase). */
  readonly name: PageFact<string> | null;
  readonly summary: PageFact<string> | null;
  /** The header's further paragraphs, one per line, before the recommended version; not compared with the spec. */
  readonly description: PageFact<string> | null;
  /** In page order: one on the header line, or one per interface; empty when the page gives none. */
  readonly recommended: readonly PageRecommended[];
  readonly readFirst: readonly PageReadFirst[];
  /** As printed, in page order. */
  readonly endpoints: readonly PageEndpoint[];
  readonly request: PageMessage;
  readonly response: PageMessage;
  /** In page order. */
  readonly changelog: readonly PageChangelogRow[];
}

/** The heading a page prints over each presence's fields, as diagnostics name it too. */
export const PRESENCE_HEADING: Readonly<Record<PagePresence, string>> = {
  required: "Required",
  conditional: "Conditional",
  optional: "Optional",
};

/** Each presence heading's presence, in page order. */
export const PAGE_PRESENCES: Readonly<Record<string, PagePresence>> = Object.fromEntries(
  (Object.keys(PRESENCE_HEADING) as PagePresence[]).map((presence) => [PRESENCE_HEADING[presence], presence]),
);

/** A version as the pages print it: "2.37", "1.0". */
export const PAGE_VERSION = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/** An interface version: its prefix and a version, "AB_CD_2.55". */
export const INTERFACE_VERSION = /^[A-Z]+(_[A-Z]+)*_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/** The interface prefix of an interface version: "AB_CD_2.55" -> "AB_CD_". */
export const prefixOf = (version: string): string => version.replace(/\d+\.\d+$/, "");
