// The parse memo keeps an operation's messages apart, each parsed when first
// read (read/remembered-data.ts): the data must read as the file's parsed
// data, keys in their order, whatever is read first; a damaged entry is a
// miss, or, for a message damaged alone, the file's data parsed anew.
import path from "node:path";
import { expect, test } from "vitest";
import { memoryMemo } from "../../generator/index.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { rememberedData, rememberedDataText } from "../../generator/read/remembered-data.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

const spec = path.join(fixturesDir, "golden", "spec");
const unused = () => {
  throw new Error("the data was parsed anew");
};

test("every file of the fixture, remembered and read again, is its data: keys in order, messages read last or first", async () => {
  const { files } = await readSpecInput(spec);
  for (const file of files) {
    const data = parseSpecFile(file).data;
    const text = rememberedDataText(data);
    expect(JSON.stringify(rememberedData(text, unused))).toBe(JSON.stringify(data));
    const messagesFirst = rememberedData(text, unused) as Record<string, unknown>;
    for (const key of ["callback", "response", "request"]) expect(messagesFirst[key]).toEqual((data as never)[key]);
    expect(Object.keys(messagesFirst)).toEqual(Object.keys(data as object));
    expect(JSON.stringify(messagesFirst)).toBe(JSON.stringify(data));
  }
});

test("an operation's messages are kept apart, each on a line of its own, and parsed only when read", () => {
  const data = { operation: "x", request: { fields: { a: { description: "one\ntwo" } } }, response: { fields: {} } };
  const text = rememberedDataText(data);
  expect(text.split("\n")).toHaveLength(4);
  const read = rememberedData(text, unused) as Record<string, unknown>;
  expect(Object.getOwnPropertyDescriptor(read, "request")?.get).toBeTypeOf("function");
  expect(read["request"]).toBe(read["request"]);
  expect(read).toEqual(data);
});

test("data with no message to keep apart is its JSON", () => {
  for (const data of [{ fields: { a: {} } }, ["a"], "text", { request: "not a mapping" }]) {
    expect(rememberedDataText(data)).toBe(JSON.stringify(data));
    expect(rememberedData(rememberedDataText(data), unused)).toEqual(data);
  }
});

test("a damaged entry is a miss; a damaged message is taken from the data parsed anew", () => {
  const data = { operation: "x", request: { fields: { a: {} } }, response: { fields: { b: {} } } };
  const text = rememberedDataText(data);
  const lines = text.split("\n");
  expect(rememberedData(text.slice(0, text.indexOf("\n") - 1), unused)).toBeUndefined();
  expect(rememberedData(lines.slice(0, 3).join("\n"), unused)).toBeUndefined();
  // Cut after its first line: valid JSON, its messages the 0s that hold their places.
  expect(rememberedData(lines[0] as string, unused)).toBeUndefined();
  expect(rememberedData([...lines, "{}"].join("\n"), unused)).toBeUndefined();
  const anew = { ...data, response: { fields: { anew: {} } } };
  const damaged = [...lines.slice(0, 3), lines[3]?.slice(0, -1)].join("\n");
  expect((rememberedData(damaged, () => anew) as typeof data).response).toEqual(anew.response);
});

test("a run with a memo reads the fixture as a run without", async () => {
  const input = await readSpecInput(spec);
  const memo = memoryMemo();
  const plain = await readDocuments(input, null);
  await readDocuments(input, memo);
  const remembered = await readDocuments(input, memo);
  expect(remembered.documents.map((d) => JSON.stringify(d.data))).toEqual(
    plain.documents.map((d) => JSON.stringify(d.data)),
  );
  const operation = remembered.documents.find((d) => d.file.kind === "operation")?.data as Record<string, unknown>;
  expect(Object.getOwnPropertyDescriptor(operation, "request")?.get).toBeTypeOf("function");
});
