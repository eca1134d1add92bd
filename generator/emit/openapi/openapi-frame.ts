// openapi.json is the operations' pieces (megabytes) inside a frame of names,
// paths and indents, made by openApiParts from the model's few fields it may
// read (FrameModel) and the names of the pieces' texts. With one operation
// changed among a thousand, the frame is most often the one the run before
// made: it is remembered (ts/print-memo.ts, rememberedText) under the JSON of
// all it is made from, as its text and the places of the pieces' texts in its
// bytes. The file is then those bytes with each piece's text put in its place:
// none of the frame's 30,000 parts is made, measured or encoded again.

import type { PieceText } from "../generated-file.js";
import { rememberedText } from "../ts/print-memo.js";
import { openApiParts, type FrameModel } from "./openapi-document.js";
import type { OpenApiPiece } from "./openapi-piece.js";
import { serverLayout, type LaidOutOperation, type ServerLayout } from "./servers.js";

/** The texts of a piece that have a place in the frame, in the order of their codes in a slot. */
const TEXTS = ["post", "schemas", "examples", "containers", "webhooks"] as const;

/** The document's parts (openApiParts): its frame remembered, or made and remembered, with the pieces' texts in place. */
export function openApiDocument(
  model: FrameModel & { readonly operations: readonly LaidOutOperation[] },
  header: string,
  pieces: readonly OpenApiPiece[],
): PieceText[] {
  const layout = serverLayout(model.operations);
  const inputs = {
    header,
    platform: { title: model.platform.title, version: model.platform.documentVersion, seal: model.platform.seal },
    operations: model.operations.map((op) => [op.name, op.family]),
    layout: layout.text,
    // The frame names each text, and its order of the pieces decides which of two texts of one name it holds.
    names: pieces.map((piece) => (piece ? TEXTS.map((kind) => namesOf(piece, kind)) : null)),
  };
  return filled(
    rememberedText("openapi.json frame", inputs, () => frameText(model, layout, header, pieces)),
    pieces,
  );
}

function namesOf(piece: OpenApiPiece, kind: (typeof TEXTS)[number]): string[] {
  return kind === "post" ? [] : piece[kind].map(([name]) => name);
}

/**
 * The frame as text: the frame, a newline, then the JSON of its slots (for
 * each text of a piece, in the order of the document: the operation's index,
 * its kind's code in TEXTS, its index there, and the byte where it goes).
 */
function frameText(model: FrameModel, layout: ServerLayout, header: string, pieces: readonly OpenApiPiece[]): string {
  // Each text stands in as an empty array of bytes of its own, which openApiParts passes on as it is.
  const slotOf = new Map<PieceText, readonly number[]>();
  const stand = (op: number, kind: number, index: number): PieceText => {
    const slot = new Uint8Array(0);
    slotOf.set(slot, [op, kind, index]);
    return slot;
  };
  const standIns = pieces.map((piece, op): OpenApiPiece => {
    const named = (kind: number, texts: readonly (readonly [string, PieceText])[]) =>
      texts.map(([name], index) => [name, stand(op, kind, index)] as const);
    return (
      piece && {
        post: stand(op, 0, 0),
        schemas: named(1, piece.schemas),
        examples: named(2, piece.examples),
        containers: named(3, piece.containers),
        webhooks: named(4, piece.webhooks),
      }
    );
  });
  const slots: number[] = [];
  const frame: string[] = [];
  let bytes = 0;
  for (const part of openApiParts(model, layout, header, standIns)) {
    const slot = slotOf.get(part);
    if (slot !== undefined) slots.push(...slot, bytes);
    else if (typeof part === "string") {
      frame.push(part);
      bytes += Buffer.byteLength(part, "utf8");
    } else throw new Error("openapi.json: a part of its frame is neither text nor a piece's");
  }
  return `${frame.join("")}\n${JSON.stringify(slots)}`;
}

/** The frame's bytes with each piece's text in its slot. */
function filled(text: string, pieces: readonly OpenApiPiece[]): PieceText[] {
  const newline = text.lastIndexOf("\n");
  const slots = JSON.parse(text.slice(newline + 1)) as number[];
  const frame = Buffer.from(text.slice(0, newline), "utf8");
  const parts: PieceText[] = [];
  let at = 0;
  for (let i = 0; i < slots.length; i += 4) {
    const [op, kind, index, offset] = [slots[i], slots[i + 1], slots[i + 2], slots[i + 3]] as number[] as [
      number,
      number,
      number,
      number,
    ];
    const piece = pieces[op];
    const part = piece && (kind === 0 ? piece.post : piece[TEXTS[kind] as "schemas"][index]?.[1]);
    if (part === undefined) throw new Error(`openapi.json: its frame has no text for slot ${i / 4}`);
    if (offset > at) parts.push(frame.subarray(at, offset));
    parts.push(part);
    at = offset;
  }
  if (at < frame.length) parts.push(frame.subarray(at));
  return parts;
}
