// The mock Sips server over real loopback HTTP: how it routes a request and
// answers it, a valid one with the example response, a refused one with the
// operation's documented codes (HTTP 400 where no source documents them),
// sealed; a path, method or target it does not serve. Facts come from the
// registry (status codes, endpoints), not from a copy in the test.
import { connect } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, operations, paypagePostForm } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { mockOperation, serveOperations } from "../../generated/runtime/mock-server.js";
import { post as postForm } from "../support/mock-form-posts.js";
import { op, path, secretKey, sealedRequest, status, valid } from "../support/mock-seed-operation.js";

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

const post = (to: string, body: string, method = "POST") =>
  fetch(`${server.url}${to}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  });

test("listens on 127.0.0.1 at the URL it returns", () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test("a valid, sealed request gets the example response with the accepted code, sealed with the key", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid));
  expect(reply.status).toBe(200);
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.accepted);
  expect(op.response.validate(body, { strict: true }).ok).toBe(true);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("an invalid request gets the documented format-error code with its meaning, sealed", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", { sdkVersion: "2.0.4" }));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.formatError);
  const meaning = op.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value === status.formatError)?.meanings[0];
  expect(body[status.messageField ?? ""]).toBe(meaning);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("a request sealed with another key gets the documented signature-error code", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid, "another-key"));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.signatureError);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

// Nothing of a sealed message is trusted before its seal verifies, its format included: the format was checked first,
// so that an invalid request with a wrong seal (or none) got the format error, its issues read from it.
test("an invalid request whose seal does not verify, or that has none, gets the signature-error code", async () => {
  const invalid = { sdkVersion: 2, unknownField: "x" };
  const wrongSeal = await post(path, sealedRequest("paymentTokenInitialize", invalid, "another-key"));
  const noSeal = { ...(JSON.parse(sealedRequest("paymentTokenInitialize", invalid)) as object), seal: undefined };
  const unsealed = await post(path, JSON.stringify(noSeal));
  for (const reply of [wrongSeal, unsealed]) {
    const body = (await reply.json()) as Record<string, unknown>;
    expect(body[status.field]).toBe(status.signatureError);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  }
  // The same request correctly sealed: its format is refused.
  const sealed = (await (await post(path, sealedRequest("paymentTokenInitialize", invalid))).json()) as object;
  expect(sealed).toMatchObject({ [status.field]: status.formatError });
});

// A request whose seal does not verify is trusted in nothing, the sealAlgorithm it names included: its refusal was
// sealed with that algorithm, read from the unverified message.
test("the signature error is sealed with the default algorithm, not with the sealAlgorithm an unverified request names", async () => {
  const request = sealedRequest("paymentTokenInitialize", { ...valid, sealAlgorithm: "HMAC-SHA-512" }, "another-key");
  const body = (await (await post(path, request)).json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.signatureError);
  expect(op.response.verify(body as never, secretKey, "HMAC-SHA-256")).toBe(true);
  expect(op.response.verify(body as never, secretKey, "HMAC-SHA-512")).toBe(false);
  // Correctly sealed with it, an invalid request's format error is sealed with the algorithm it names.
  const invalid = sealedRequest("paymentTokenInitialize", { sdkVersion: "2.0.4", sealAlgorithm: "HMAC-SHA-512" });
  const refused = (await (await post(path, invalid)).json()) as Record<string, unknown>;
  expect(refused[status.field]).toBe(status.formatError);
  expect(op.response.verify(refused as never, secretKey, "HMAC-SHA-512")).toBe(true);
});

// A JSON body that is no object carries no seal: it got the format error.
test("a JSON body that is no object (an array, null, a string, a number) has no seal: it gets the signature error", async () => {
  for (const text of ["[]", "null", '"x"', "1"]) {
    const body = (await (await post(path, text)).json()) as Record<string, unknown>;
    expect(body[status.field]).toBe(status.signatureError);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  }
});

test("where no source documents the codes, an invalid request and a wrong seal get HTTP 400", async () => {
  const undocumented = { ...op, status: { ...status, formatError: null, signatureError: null } };
  const mock = await serveOperations([mockOperation({ operation: undocumented, example: {} })], { secretKey });
  try {
    const to = (body: string) => fetch(`${mock.url}${path}`, { method: "POST", body });
    const invalid = await to(sealedRequest("paymentTokenInitialize", { ...valid, keyVersion: "1" }));
    expect(invalid.status).toBe(400);
    // Each problem for people, its value described (formatIssue), the value itself not echoed.
    expect(await invalid.json()).toEqual({
      error: "the request is invalid",
      issues: [{ path: "/keyVersion", code: "type", message: '/keyVersion must be an integer, got "1"' }],
    });
    expect((await to(sealedRequest("paymentTokenInitialize", valid, "another-key"))).status).toBe(400);
    // An invalid request with a wrong seal: the seal's refusal, which names no issue of its format.
    const both = await to(sealedRequest("paymentTokenInitialize", { ...valid, keyVersion: "1" }, "another-key"));
    expect(await both.json()).toEqual({
      error:
        "the request's seal does not verify: check that it is sealed with the mock's secretKey, the one key it holds",
    });
  } finally {
    await mock.close();
  }
});

test("404 for an unknown path, 405 for another method, 400 for a body that is not JSON", async () => {
  expect((await post("/rs-services/v2/nowhere", "{}")).status).toBe(404);
  expect((await post(path, "", "GET")).status).toBe(405);
  expect((await post(path, "{not json")).status).toBe(400);
});

test("a 404 says where the mock serves an operation, and, for a base URL given a path, to give its url alone", async () => {
  const generic = { error: "no operation at this path: the mock serves each at the path of its PROD address" };
  expect(await (await post("/rs-services/v2/nowhere", "{}")).json()).toEqual(generic);
  // An operation's path with more after it does not end with it: no base URL's path is to blame.
  expect(await (await post(`/prefix${path}/more`, "{}")).json()).toEqual(generic);
  // A client whose environment is the mock's url with a path of its own (a reference page's base address) puts the
  // operation's path after it: the path asked for ends with one the mock serves.
  const prefixed = createClient({
    environment: `${server.url}/rs-services/v2`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
  });
  const result = await prefixed.paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
  expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 404 });
  const body = result.ok || result.error.kind !== "http" ? "" : result.error.body;
  expect(JSON.parse(body)).toEqual({
    error: `no operation at this path, which ends with ${path}: give the mock's url alone, without a path, as the environment`,
  });
  // The client's own message says so too, as no server other than the mock would.
  expect(result.ok ? "" : result.error.message).toMatch(
    new RegExp(
      `; the path called \\(/rs-services/v2${path}\\) holds /rs-services/v2 twice, as the client puts paymentTokenInitialize's whole path after the base URL's: unless a proxy there takes /rs-services/v2 off, give the server's origin alone \\(${server.url}\\), or an environment's name to reach Sips$`,
    ),
  );
  // A base's path of its own, which starts no operation's path, is a proxy's: nothing is said of it.
  const proxied = createClient({
    environment: `${server.url}/shop`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
  });
  const other = await proxied.paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
  expect(other.ok ? "" : other.error.message).not.toContain("the path called");
});

test("a Paypage form for a base URL whose path puts it at its operation's JSON address is built: a proxy there may take the path off", async () => {
  const config = { merchantId: "002001000000001", keyVersion: 1, secretKey };
  const { endpoints, addresses } = operations.paymentWebInit;
  const json = new URL(endpoints.prod).pathname;
  const form = new URL(addresses.prod?.post ?? "").pathname;
  // The reference index's base address: the JSON path less the form's.
  expect(json.endsWith(form)).toBe(true);
  const base = `${server.url}${json.slice(0, -form.length)}` as const;
  const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...config, environment: base });
  if (!built.ok) throw new Error(built.error.message);
  expect(built.form.action).toBe(`${server.url}${json}`);
  // Posted to the mock, which serves no such proxy, it is told where the mock's Paypage takes it.
  const reply = await postForm(built.form);
  expect(reply.status).toBe(400);
  expect(JSON.parse(reply.text)).toEqual({
    error: `the body is a Paypage POST form (Data, Seal), sent to paymentWebInit's JSON address, which takes a JSON request: the mock's Paypage takes it at ${server.url}${form}; a form built with a base URL takes the mock's url alone, without a path, as its environment`,
  });
});

test("a Paypage form built for the mock's url with a path of its own gets the same 404, naming its form's path", async () => {
  const config = { merchantId: "002001000000001", keyVersion: 1, secretKey };
  const formOf = (environment: `http://${string}`) => {
    const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...config, environment });
    if (!built.ok) throw new Error(built.error.message);
    return built.form;
  };
  const served = new URL(formOf(server.url).action).pathname;
  // A path of the shop's own (the reference index's /rs-services/v2 would put the form on paymentInit's JSON path).
  const reply = await postForm(formOf(`${server.url}/shop`));
  expect({ status: reply.status, body: JSON.parse(reply.text) as unknown }).toEqual({
    status: 404,
    body: {
      error: `no operation at this path, which ends with ${served}: give the mock's url alone, without a path, as the environment`,
    },
  });
});

test("a Paypage form posted to its operation's JSON address is told so, with the address the mock takes it at", async () => {
  const config = { merchantId: "002001000000001", keyVersion: 1, secretKey, environment: server.url };
  const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, config);
  if (!built.ok) throw new Error(built.error.message);
  // Where a form built with the reference index's base address (/rs-services/v2) goes: the operation's JSON path.
  const json = `${server.url}${new URL(operations.paymentWebInit.endpoints.prod).pathname}`;
  const reply = await postForm({ ...built.form, action: json });
  expect(reply.status).toBe(400);
  expect(JSON.parse(reply.text)).toEqual({
    error: `the body is a Paypage POST form (Data, Seal), sent to paymentWebInit's JSON address, which takes a JSON request: the mock's Paypage takes it at ${built.form.action}; a form built with a base URL takes the mock's url alone, without a path, as its environment`,
  });
  // Another form, as a browser posts it, and a body of no kind: what the address takes.
  const form = await fetch(json, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
    body: "amount=1250",
  });
  expect(await form.json()).toEqual({
    error:
      "the body is a form (application/x-www-form-urlencoded), not JSON: paymentWebInit's address takes a JSON request",
  });
  expect(await (await fetch(json, { method: "POST", body: "{not json" })).json()).toEqual({
    error: "the body is not JSON: paymentWebInit's address takes a JSON request",
  });
});

test("a request target that is no path of its own gets a 404, never the mock's 500: //, //x/<path>, *, a bad URL", async () => {
  const { port } = new URL(server.url);
  // Raw requests: fetch and node:http write no such target.
  const replyOf = (target: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1");
      let text = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("error", reject);
      socket.on("end", () => resolve(text));
      socket.end(`POST ${target} HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`);
    });
  const statusOf = async (target: string) => {
    const text = await replyOf(target);
    return /^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? text;
  };
  // Its body says where the mock serves an operation, as another path's does.
  expect((await replyOf("*")).split("\r\n\r\n")[1]).toBe(
    JSON.stringify({ error: "no operation at this path: the mock serves each at the path of its PROD address" }),
  );
  for (const target of ["//", "///", "//[", "//a:b@", "/\\\\", `//127.0.0.1${path}`, "*"])
    expect([target, await statusOf(target)]).toEqual([target, "404"]);
  // The path of an absolute-form target, as a proxy sends it, is still served.
  expect(await statusOf(`http://127.0.0.1${path}`)).toBe("200");
});
