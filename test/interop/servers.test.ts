// The servers of the OpenAPI document, as a table: given the JSON addresses
// of some operations by environment, want the root servers and each path with
// its own servers where it needs them.
import { expect, test } from "vitest";
import type { EnvironmentModel, OperationModel } from "../../generator/model/operation-model.js";
import { serverLayout } from "../../generator/emit/openapi/servers.js";

/** An operation with these JSON addresses (and a SOAP one, which is never a server). */
function operation(name: string, json: Record<string, string>): OperationModel {
  const environments: EnvironmentModel[] = Object.keys(json)
    .sort()
    .map((env) => ({
      name: env,
      label: env.toUpperCase(),
      json: json[env] ?? null,
      post: null,
      soap: `https://soap.example.com/services/${env}?wsdl`,
    }));
  const primaryEndpoint = json["prod"] ?? Object.values(json)[0] ?? "";
  return { name, endpoints: json, environments, primaryEndpoint } as unknown as OperationModel;
}

const inApp = (name: string, family: string) =>
  operation(name, {
    prod: `https://office.example.com/rs-services/v2/${family}/${name}`,
    test: `https://office.test.example.com/rs-services/v2/${family}/${name}`,
  });
/** An operation at this path on the same two hosts as every other made so. */
const atApi = (name: string, path: string) =>
  operation(name, { prod: `https://api.example.com${path}`, test: `https://api.test.example.com${path}` });
const paypage = operation("webInit", {
  prod: "https://web.example.com/rs-services/v2/paymentInit",
  simu: "https://web.simu.example.com/rs-services/v2/paymentInit",
});

const cases: {
  name: string;
  operations: OperationModel[];
  servers: string[];
  paths: [string, string, string[] | null][];
}[] = [
  {
    name: "one set of environments: a server per environment, paths below it",
    operations: [inApp("tokenInit", "token"), inApp("orderInit", "order")],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["orderInit", "/order/orderInit", null],
    ],
  },
  {
    name: "an operation in other environments gets its own servers, its origins",
    operations: [inApp("tokenInit", "token"), inApp("orderInit", "order"), paypage],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["orderInit", "/order/orderInit", null],
      ["webInit", "/rs-services/v2/paymentInit", ["PROD https://web.example.com", "SIMU https://web.simu.example.com"]],
    ],
  },
  {
    name: "as many operations in two sets: the set whose names sort first is the root's",
    operations: [inApp("tokenInit", "token"), paypage],
    servers: ["PROD https://web.example.com/rs-services/v2", "SIMU https://web.simu.example.com/rs-services/v2"],
    paths: [
      [
        "tokenInit",
        "/rs-services/v2/token/tokenInit",
        ["PROD https://office.example.com", "TEST https://office.test.example.com"],
      ],
      ["webInit", "/paymentInit", null],
    ],
  },
  {
    name: "as many operations on two sets of hosts: the set whose origins sort first is the root's",
    operations: [
      inApp("tokenInit", "token"),
      operation("webInit", {
        prod: "https://web.example.com/rs-services/v2/paymentInit",
        test: "https://web.test.example.com/rs-services/v2/paymentInit",
      }),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["webInit", "/rs-services/v2/paymentInit", ["PROD https://web.example.com", "TEST https://web.test.example.com"]],
    ],
  },
  {
    // A release that moves one operation's TEST address to another host changes its path and servers alone.
    name: "an operation on another host of one environment gets its own servers; the others keep theirs",
    operations: [
      inApp("tokenInit", "token"),
      inApp("orderInit", "order"),
      operation("cancel", {
        prod: "https://office.example.com/rs-services/v2/cash/cancel",
        test: "https://office.test2.example.com/rs-services/v2/cash/cancel",
      }),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["orderInit", "/order/orderInit", null],
      [
        "cancel",
        "/rs-services/v2/cash/cancel",
        ["PROD https://office.example.com", "TEST https://office.test2.example.com"],
      ],
    ],
  },
  {
    // A release that moves one operation to the next version's path on the same hosts changes its path and servers alone.
    name: "an operation at another version's path on the shared hosts gets its own servers; the others keep theirs",
    operations: [
      inApp("tokenInit", "token"),
      inApp("orderInit", "order"),
      operation("getWallet", {
        prod: "https://office.example.com/rs-services/v3/wallet/getWallet",
        test: "https://office.test.example.com/rs-services/v3/wallet/getWallet",
      }),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["orderInit", "/order/orderInit", null],
      [
        "getWallet",
        "/rs-services/v3/wallet/getWallet",
        ["PROD https://office.example.com", "TEST https://office.test.example.com"],
      ],
    ],
  },
  {
    name: "no directory below the common one holds more than half of the operations: the common one is the root's",
    operations: [
      inApp("tokenInit", "token"),
      inApp("tokenCheck", "token"),
      inApp("orderInit", "order"),
      inApp("cancel", "cash"),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["tokenCheck", "/token/tokenCheck", null],
      ["orderInit", "/order/orderInit", null],
      ["cancel", "/cash/cancel", null],
    ],
  },
  {
    // A release that adds a third token operation among five moves no path: the root is not cut below the version.
    name: "a directory that holds more than half of the operations: the root stays at the version's directory",
    operations: [
      inApp("tokenInit", "token"),
      inApp("tokenCheck", "token"),
      inApp("tokenDelete", "token"),
      inApp("orderInit", "order"),
      inApp("cancel", "cash"),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["tokenCheck", "/token/tokenCheck", null],
      ["tokenDelete", "/token/tokenDelete", null],
      ["orderInit", "/order/orderInit", null],
      ["cancel", "/cash/cancel", null],
    ],
  },
  {
    name: "every operation in one directory below the version's: the root is still the version's directory",
    operations: [inApp("tokenInit", "token"), inApp("tokenCheck", "token")],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["tokenCheck", "/token/tokenCheck", null],
    ],
  },
  {
    // No version in the addresses: the deepest directory that holds more than half of them, as no rule is known.
    name: "addresses without a version's directory: the root is the deepest directory more than half of them are in",
    operations: [
      operation("a", { prod: "https://api.example.com/api/token/a" }),
      operation("b", { prod: "https://api.example.com/api/token/b" }),
      operation("c", { prod: "https://api.example.com/api/order/c" }),
    ],
    servers: ["PROD https://api.example.com/api/token"],
    paths: [
      ["a", "/a", null],
      ["b", "/b", null],
      ["c", "/api/order/c", ["PROD https://api.example.com"]],
    ],
  },
  {
    // The addresses part where one has "/" and another goes on (token/, tokens/): the directory ends before.
    name: "directories whose names start alike (token, tokens): the root is the directory that holds both",
    operations: [inApp("tokenInit", "token"), inApp("listTokens", "tokens")],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["listTokens", "/tokens/listTokens", null],
    ],
  },
  {
    name: "an operation whose path differs between environments: its servers up to the path they share",
    operations: [
      inApp("tokenInit", "token"),
      inApp("orderInit", "order"),
      operation("moved", {
        prod: "https://office.example.com/rs-services/v2/wallet/moved",
        test: "https://office.test.example.com/rs-services/v3/wallet/moved",
      }),
    ],
    servers: ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v2"],
    paths: [
      ["tokenInit", "/token/tokenInit", null],
      ["orderInit", "/order/orderInit", null],
      [
        "moved",
        "/wallet/moved",
        ["PROD https://office.example.com/rs-services/v2", "TEST https://office.test.example.com/rs-services/v3"],
      ],
    ],
  },
  {
    // Two versions, two operations each: neither holds more than half, so the root is the directory all share,
    // whichever version the operations come in first.
    name: "as many operations under two versions: the root is the directory above both",
    operations: [
      atApi("a", "/rs-services/v2/token/a"),
      atApi("b", "/rs-services/v2/order/b"),
      atApi("c", "/rs-services/v3/token/c"),
      atApi("d", "/rs-services/v3/order/d"),
    ],
    servers: ["PROD https://api.example.com/rs-services", "TEST https://api.test.example.com/rs-services"],
    paths: [
      ["a", "/v2/token/a", null],
      ["b", "/v2/order/b", null],
      ["c", "/v3/token/c", null],
      ["d", "/v3/order/d", null],
    ],
  },
  {
    // No version and no directory most share: the root is the origin ("/"), cut after the host, not the scheme.
    name: "addresses with no version and nothing in common but the host: the root is the origin",
    operations: [atApi("a", "/token/a"), atApi("b", "/order/b"), atApi("c", "/wallet/c")],
    servers: ["PROD https://api.example.com", "TEST https://api.test.example.com"],
    paths: [
      ["a", "/token/a", null],
      ["b", "/order/b", null],
      ["c", "/wallet/c", null],
    ],
  },
  {
    // A version as the address's last segment is the operation's name, no directory: /api/v2 is under /api/ alone.
    name: "an address ending in a version-like name: no version directory of its own",
    operations: [atApi("a", "/api/v2"), atApi("b", "/api/v2/b"), atApi("c", "/api/other/c")],
    servers: ["PROD https://api.example.com/api", "TEST https://api.test.example.com/api"],
    paths: [
      ["a", "/v2", null],
      ["b", "/v2/b", null],
      ["c", "/other/c", null],
    ],
  },
  {
    // A version of two digits is a version all the same: the root is cut at it, not at the checkout/ most share.
    name: "a version of two digits (v10): the root is cut at it",
    operations: [
      atApi("a", "/rs-services/v10/checkout/a"),
      atApi("b", "/rs-services/v10/checkout/b"),
      atApi("c", "/rs-services/v10/token/c"),
    ],
    servers: ["PROD https://api.example.com/rs-services/v10", "TEST https://api.test.example.com/rs-services/v10"],
    paths: [
      ["a", "/checkout/a", null],
      ["b", "/checkout/b", null],
      ["c", "/token/c", null],
    ],
  },
];

test.each(cases)("$name", ({ operations, servers, paths }) => {
  const layout = serverLayout(operations);
  expect(layout.servers.map((s) => `${s.description} ${s.url}`)).toEqual(servers);
  expect(
    [...layout.paths].map(([name, p]) => [name, p.path, p.servers?.map((s) => `${s.description} ${s.url}`) ?? null]),
  ).toEqual(paths);
  // The text that openapi.json's frame is remembered under holds all the layout gives.
  expect(JSON.parse(layout.text)).toEqual({ servers: layout.servers, paths: [...layout.paths] });
});
