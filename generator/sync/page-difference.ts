// What sync finds between an operation's spec and its page: each difference
// names the fact (`about`, the key a deliberate deviation is recorded under),
// both sides, both places, and the edit that brings the spec in line.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { OperationModel } from "../model/operation-model.js";
import type { MessageKind, RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { SpecPath } from "../read/source-map.js";
import type { PageField, SipsPage } from "../read/page/page-model.js";
import type { YamlValue } from "../rules/yaml-render.js";
import type { KeptDeviation } from "./deviation-records.js";

/** One operation (or its callback) with its page and what differs. */
export interface SyncSubject {
  readonly op: OperationModel;
  readonly located: Located<RawOperation>;
  readonly page: SipsPage;
  /** Differences not kept on purpose: what sync changes. */
  readonly differences: readonly PageDifference[];
  /** The deviations kept, each with the page's side now (what `sync --record-deviations` writes as its page:). */
  readonly kept?: readonly KeptDeviation[];
}

export interface PageDifference {
  /** "response.fields.someField.presence": stable, written in source.deviations to keep a difference. */
  readonly about: string;
  /** What the spec says, as a reader would quote it. */
  readonly spec: string;
  readonly page: string;
  /**
   * Where `page` goes on to say why the page says so, the same for every field of its kind (beyond the saved facts,
   * or no page printed it): `page` in brief, and the reason, said once for a container's fields grouped in one error
   * (container-mismatches.ts).
   */
  readonly reason?: { readonly brief: string; readonly why: string };
  /**
   * Where `page` goes on with what sync makes of another entry of the page (the field perhaps another renamed,
   * or moved there or here): the page's side of this fact alone. A deviation that keeps the difference says and
   * records (its page:) this: its reason answers this fact, and a release that moves only the guess, or sync's
   * words for it, is no move of the page's value.
   */
  readonly pageAlone?: string;
  /**
   * The other side of a field moved within its message (moved-fields.ts): what that difference is about. A deviation
   * that keeps either side holds the move whole (half-kept-moves.ts).
   */
  readonly movedWith?: string;
  readonly pageAt: SourceLocation;
  readonly place: SpecPlace;
  /** Null when sync cannot decide the edit (it then reports the difference and leaves it), or when another's settles it. */
  readonly fix: SpecEdit | null;
  /**
   * The difference whose fix settles this one too (its `about`): one edit writes an environment's addresses, or every
   * recommended version, and is carried by the first difference it settles. Absent when no other edit settles it.
   */
  readonly settledBy?: string;
  /** The container type the fact is a field of, where the page prints it in one; from the dictionary or not. */
  readonly container?: { readonly typeName: string; readonly dictionary: boolean };
  /**
   * A callback's page words a dictionary field the callback shows otherwise (compare-field-facts.ts): the wording is
   * every operation's, so sync makes no edit and warns, for the maintainer to decide.
   */
  readonly wordingLeft?: true;
  /** The dictionary field the operation takes, plain, that the page prints fields in: it is every taker's, not this one's to change. */
  readonly dictionaryField?: string;
}

/** Where in the spec a fact is written: the operation file, a dictionary field, or a value list. */
export type SpecPlace =
  | { readonly in: "operation"; readonly path: SpecPath }
  | { readonly in: "dictionary-field"; readonly field: string; readonly path: SpecPath }
  | { readonly in: "value-list"; readonly list: string; readonly path: SpecPath };

/** A message as the spec writes it: an operation's request or response, or its callback (read as a response). */
export type SpecMessage = MessageKind | "callback";

export type FieldKey = "presence" | "since" | "description";

export type SpecEdit =
  | { readonly kind: "set-operation"; readonly path: SpecPath; readonly value: YamlValue }
  /** An environment's addresses, in their canonical form (a URL when it has a JSON address only); null removes it. */
  | { readonly kind: "set-environment"; readonly environment: string; readonly value: YamlValue | null }
  | {
      readonly kind: "set-field";
      readonly message: SpecMessage;
      /** The fields the field is one of: the message's, or a container's the operation writes out. */
      readonly at: SpecPath;
      readonly field: string;
      readonly key: FieldKey;
      readonly value: string;
    }
  | {
      readonly kind: "add-field";
      readonly message: SpecMessage;
      readonly at: SpecPath;
      readonly field: PageField;
      readonly after: string | null;
      /** The field removed that this one may be, renamed (page-field-renames.ts). */
      readonly renamed: string | null;
      /**
       * The field the spec has elsewhere in the message that the page now prints here (moved-fields.ts): where it is
       * ("in cardData", "at the response's top"), its name in sync's lines (cardData.cardBin), and its place in the
       * operation's file, whose entry sync writes here.
       */
      readonly movedFrom?: {
        readonly where: string;
        readonly field: string;
        readonly at: SpecPath;
        readonly name: string;
      };
    }
  | {
      /** A plain field the page now prints fields in: made a container of them (made-container.ts). */
      readonly kind: "make-container";
      readonly message: SpecMessage;
      readonly at: SpecPath;
      readonly field: string;
    }
  | {
      /** Fields a release prints beyond factsStop.after, moved up to follow it, past fields no page printed (facts-stop-reach.ts). */
      readonly kind: "move-fields";
      readonly message: SpecMessage;
      readonly fields: readonly string[];
      readonly after: string;
    }
  | {
      readonly kind: "remove-field";
      readonly message: SpecMessage;
      readonly at: SpecPath;
      readonly field: string;
      /** The field added that this one may have become, renamed. */
      readonly renamed: string | null;
      /** The spec gives it no version: no page printed it, another source named it. */
      readonly unversioned: boolean;
      /** Where the page prints it now, elsewhere in the message (moved-fields.ts): "in holder", "at the response's top". */
      readonly movedTo?: string;
    };

/** A field sync removes: its page does not print it. */
export type FieldRemoval = Extract<SpecEdit, { kind: "remove-field" }>;

/**
 * Why a field the page does not print is removed, in the words `sync` writes and `sync --check` reports. One the
 * spec gives no version no page printed (a page first saved for an operation written from other sources): the page
 * did not drop it, and where its copy stops early factsStop keeps it.
 */
export function removedWhy(edit: Pick<FieldRemoval, "message" | "unversioned" | "movedTo">): string {
  if (edit.movedTo !== undefined) return `the page prints it ${edit.movedTo} now: moved there`;
  if (!edit.unversioned) return "the page no longer lists it";
  return `the page does not print it, and no page did: the spec gives it no version. Where the saved page stops before the public page does, a field beyond its facts is kept after the one ${edit.message}.factsStop.after names`;
}

export const quotedOrNothing = (text: string | null): string => (text === null ? "nothing" : JSON.stringify(text));
