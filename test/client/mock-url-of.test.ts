// mock.urlOf(name): where the mock serves an operation, for a test that posts
// a body itself (one the client would refuse to send). Each operation's path
// comes from the registry's endpoints, the mock's answers from the mock.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { secretKey } from "../support/mock-seed-operation.js";

let mock: MockServer<keyof typeof operations & string>;

beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

/** The path of the address a client given a base URL posts to: PROD's, else the first environment's. */
function servedPath(endpoints: Readonly<Record<string, string>>): string {
  const address = endpoints["prod"] ?? Object.values(endpoints)[0];
  if (address === undefined) throw new Error("an operation without an address");
  return new URL(address).pathname;
}

test("each operation's URL is the mock's url and the path of its address, and the mock answers a raw call there", async () => {
  const served = Object.entries(operations);
  expect(served.length).toBeGreaterThan(0);
  for (const [name, descriptor] of served) {
    const url = mock.urlOf(name as keyof typeof operations);
    expect(url).toBe(`${mock.url}${servedPath(descriptor.endpoints)}`);
    // An unsealed body: the operation's own answer (its signature-error code, or a 400), never the 404 of a path it does not serve.
    const reply = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await reply.arrayBuffer();
    expect([name, reply.status]).not.toEqual([name, 404]);
  }
});

test("a name of no operation served is a TypeError naming the one meant, or every one served", () => {
  const [first] = Object.keys(operations);
  if (first === undefined) throw new Error("no operation");
  const misspelt = `${first.slice(0, 2)}${first.slice(3)}`;
  // @ts-expect-error: the name is typed by the operations served
  expect(() => mock.urlOf(misspelt)).toThrow(
    new TypeError(`urlOf(${JSON.stringify(misspelt)}): the mock serves no such operation (did you mean ${first}?)`),
  );
  // @ts-expect-error: nor is a number a name
  expect(() => mock.urlOf(42)).toThrow(/^urlOf\(number 42\): the mock serves no such operation \(it serves /);
});

test("a long name is quoted cut, in urlOf's error and in a misspelt handler's: code may build any text", async () => {
  const long = `x${"y".repeat(5000)}`;
  const thrown = (() => {
    try {
      // A name the types let through only cast: code that builds it from text.
      mock.urlOf(long as keyof typeof operations);
    } catch (error) {
      return error;
    }
    return undefined;
  })();
  expect(thrown).toBeInstanceOf(TypeError);
  const message = (thrown as TypeError).message;
  expect(message).toMatch(/^urlOf\("xy+…"\): the mock serves no such operation \(it serves /);
  expect(message.length).toBeLessThan(long.length);
  const quoted = /^urlOf\("(.*?)"\)/.exec(message)?.[1] ?? "";
  expect(quoted.length).toBeLessThan(200);
  const misspelt = startMockServer({ secretKey, handlers: { [long]: () => ({}) } } as never);
  await expect(misspelt).rejects.toThrow(/^handlers\.xy+…: the mock serves no such operation/);
  await misspelt.catch((error: unknown) => {
    expect((error as Error).message.split(":")[0]?.length).toBeLessThan(200);
  });
});

test("after close(), urlOf is a TypeError that says the mock is closed: its port may serve another program by then", async () => {
  const closing = await startMockServer({ secretKey });
  const [first] = Object.keys(operations) as (keyof typeof operations & string)[];
  if (first === undefined) throw new Error("no operation");
  expect(closing.urlOf(first)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  const closed = closing.close();
  // Said as soon as close() is called, not once it resolves.
  expect(() => closing.urlOf(first)).toThrow(
    new TypeError(`urlOf(${JSON.stringify(first)}): the mock is closed (close() was called); start another`),
  );
  await closed;
  expect(() => closing.urlOf(first)).toThrow(/: the mock is closed/);
});
