// An operation emitted on the second thread crosses to the main one as its
// files' bytes in one buffer handed over, with their lengths and hashes
// (generator/emit/posted-operation.ts): the main thread takes the same files,
// text, bytes and hash, as it would have made itself.
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { expect, test } from "vitest";
import { encodedFile } from "../../generator/emit/encoded-file.js";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import { filesAsBytes } from "../../generator/emit/files-as-bytes.js";
import { listOf } from "../../generator/emit/listed-file.js";
import { madeOperation } from "../../generator/emit/made-operation.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { postedOperation, receivedOperation, type PostedOperation } from "../../generator/emit/posted-operation.js";
import { emitters } from "../../generator/emit/registry.js";
import { fileBytes, fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { generateGoldenSpec } from "../support/generate.js";

/** `posted` as another thread receives it: cloned, its buffers transferred. */
function across(posted: PostedOperation, transfer: ArrayBuffer[]): PostedOperation {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(posted, transfer);
  const received = receiveMessageOnPort(port2)?.message as PostedOperation;
  port1.close();
  return received;
}

const seen = (files: readonly GeneratedFile[]) =>
  files.map((f) => ({
    path: f.path,
    language: f.language,
    verbatim: f.verbatim === true,
    content: f.content,
    hash: fileHash(f),
    bytes: Buffer.from(Buffer.concat([fileBytes(f) ?? Buffer.from(f.content, "utf8")].flat())).toString("base64"),
  }));

test("the golden spec's operations, posted and received, give the files and pieces made", async () => {
  const { model } = await generateGoldenSpec();
  for (const operation of model.operations) {
    const made = await madeOperation({ operation, platform: model.platform }, emitters);
    const { posted, transfer } = postedOperation(made);
    const received = receivedOperation(across(posted, transfer));
    expect(seen(received.files), operation.name).toEqual(seen(filesAsBytes(made.files).files));
    expect(received.pieces, operation.name).toEqual(made.pieces);
    // The main thread remembers and writes them as they came: no encoding, and the list it remembers is the same.
    expect(listOf(filesAsBytes(received.files).files)).toEqual(listOf(filesAsBytes(made.files).files));
  }
});

test("with a store of pieces, an operation's record is posted with it, as the main thread would make it", async () => {
  const { model } = await generateGoldenSpec();
  const asBytes = new Set(emitters.filter((e) => e.pieces?.bytes).map((e) => e.name));
  for (const operation of model.operations) {
    const made = await madeOperation({ operation, platform: model.platform }, emitters);
    const { posted, transfer } = postedOperation(made, asBytes);
    // Handed over in a buffer of its own, not a slice of Buffer's shared pool.
    expect(transfer).toEqual([posted.contents.buffer, posted.record?.buffer]);
    const received = receivedOperation(across(posted, transfer));
    const here = operationRecord(listOf(filesAsBytes(made.files).files), made.pieces, asBytes);
    expect(Buffer.from(received.record ?? []).equals(Buffer.from(here ?? [1])), operation.name).toBe(true);
  }
  // Without a store, none is made.
  const operation = model.operations[0];
  if (!operation) throw new Error("no operation");
  const made = await madeOperation({ operation, platform: model.platform }, emitters);
  expect(postedOperation(made).posted.record).toBeUndefined();
});

test("texts beyond ASCII, a verbatim file, an empty one and one made as bytes keep their bytes, hashes and flags", () => {
  const files: GeneratedFile[] = [
    { path: "a.md", language: "markdown", content: "# \u00e9t\u00e9 \u{1F600} \u20ac\n" },
    { path: "runtime/seal.ts", language: "typescript", content: "// as written\n", verbatim: true },
    { path: "empty.json", language: "json", content: "" },
    encodedFile("openapi.json", "json", ["{\n", Buffer.from('  "x": "\u00fc"\n', "utf8"), "}\n"]),
    // A lone surrogate is written as U+FFFD, as the main thread would write it.
    { path: "lone.md", language: "markdown", content: "\ud800\n" },
  ];
  const { posted, transfer } = postedOperation({ files, pieces: { index: "x" } });
  expect(transfer).toEqual([posted.contents.buffer]);
  const received = receivedOperation(across(posted, transfer));
  // As the main thread takes the files it makes itself (files-as-bytes.ts).
  expect(seen(received.files)).toEqual(seen(filesAsBytes(files).files));
  expect(received.files.map((f) => fileHash(f))).toEqual(files.map((f) => sha256(fileBytes(f) ?? f.content)));
  expect(received.pieces).toEqual({ index: "x" });
});
