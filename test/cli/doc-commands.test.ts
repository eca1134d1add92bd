// Every command the README, docs/ and the changelog give works as written: an
// npm script they name is one of package.json's, each option they pass to
// generate, check, sync or changes is one its --help lists (a value among its
// choices), a file they run exists, a package they install can be installed
// today, and the mock's command, typed as the users' guide types it (its
// environment included), starts the server, or, given without `mock` first,
// is refused with the line to type. The other way round, each option a
// command's --help lists is given somewhere, so that a new one is documented.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import type { MockServerOptions } from "../../generated/mock.js";
import { runCli as runMockCli } from "../../generated/runtime/mock-cli.js";
import { type DocCommand, docCommands } from "../support/doc-commands.js";
import { repoRoot } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";

const scripts = (
  JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;
const commands = docCommands();
const shown = (c: DocCommand) => `${c.where}: ${c.words.join(" ")}`;

/** The generator's command each script runs, by its file in generator/. */
const COMMAND_OF: Record<string, string> = {
  generate: "cli.ts",
  check: "cli.ts",
  sync: "sync-cli.ts",
  changes: "changes-cli.ts",
};
/** Each command's --help. */
const help: Record<string, string> = {};
beforeAll(async () => {
  for (const file of new Set(Object.values(COMMAND_OF)))
    help[file] = (await runInProcess(file, ["--help"], tmpdir())).stdout;
});

const npmRuns = commands.filter((c) => c.words[0] === "npm" && c.words[1] === "run" && c.words[2] !== undefined);
const mockRuns = commands.filter((c) => /(^|\/)sips-json$/.test(c.words[0] ?? "") || c.words[1] === "sips-json");

test("the documents give the commands this file checks", () => {
  for (const script of Object.keys(COMMAND_OF))
    expect(
      npmRuns.map((c) => c.words[2]),
      script,
    ).toContain(script);
  expect(npmRuns.some((c) => c.words.includes("--"))).toBe(true);
  expect(mockRuns.filter((c) => Object.keys(c.env).length > 0).length).toBeGreaterThan(0);
});

test("each npm script the documents name is one of package.json's", () => {
  expect(npmRuns.filter((c) => scripts[c.words[2] ?? ""] === undefined).map(shown)).toEqual([]);
});

test("each option the documents pass to generate, check, sync or changes is one its --help lists, with a value it takes", () => {
  const wrong: string[] = [];
  for (const command of npmRuns) {
    const file = COMMAND_OF[command.words[2] ?? ""];
    if (file === undefined) continue;
    const text = help[file] ?? "";
    if (!command.words.includes("--")) continue;
    const args = command.words.slice(command.words.indexOf("--") + 1);
    for (const [i, arg] of args.entries()) {
      if (!arg.startsWith("-")) continue;
      const listed = new RegExp(`^ {2}(?:-\\w, )?${arg}\\b(?: <\\w+>)?(.*(?:\\n {4,}.*)*)`, "m").exec(text);
      if (!listed) {
        wrong.push(`${shown(command)}: ${arg} is not an option of its --help`);
        continue;
      }
      const choices = /\(choices: ([^)]*?)(?:, default|\))/.exec((listed[1] ?? "").replace(/\s+/g, " "));
      const value = args[i + 1] ?? "";
      if (choices && !value.startsWith("<") && !choices[1]?.includes(JSON.stringify(value)))
        wrong.push(`${shown(command)}: ${arg} takes ${choices[1]}, not ${value}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("each option generate, sync or changes lists in its --help is given with its command in the documents, or named by the README's line of that --help", () => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const missing: string[] = [];
  for (const script of ["generate", "sync", "changes"]) {
    const text = help[COMMAND_OF[script] ?? ""] ?? "";
    const listed = [...text.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1] ?? "");
    expect(listed.length, script).toBeGreaterThan(1);
    const helpLine = new RegExp(`^npm run ${script} -- --help +(.*)$`, "m").exec(readme)?.[1] ?? "";
    const given = new Set([
      ...npmRuns.filter((c) => c.words[2] === script).flatMap((c) => c.words.slice(c.words.indexOf("--") + 1)),
      ...(helpLine.match(/--[\w-]+/g) ?? []),
    ]);
    for (const option of listed) if (option !== "--help" && !given.has(option)) missing.push(`${script} ${option}`);
  }
  expect(missing).toEqual([]);
});

/** npm's install command and the aliases its help lists: `npm add sips-json` installs as `npm install` does. */
const INSTALL = new Set("install add i in ins inst insta instal isnt isnta isntal isntall".split(" "));

test("each package the documents install can be installed today: a tarball as npm pack names it, the registry's once released", () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  // The changelog's newest release says whether it is on the registry yet.
  const newest = /^## (.+)$/m.exec(readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8"))?.[1] ?? "";
  const published = !/not yet published/.test(newest);
  const installs = commands.filter((c) => c.words[0] === "npm" && INSTALL.has(c.words[1] ?? ""));
  const wrong = installs.filter((c) => {
    const target = c.words.slice(2).find((word) => !word.startsWith("-")) ?? "";
    if (target.endsWith(".tgz")) return path.basename(target) !== `${pkg.name}-${pkg.version}.tgz`;
    return target === pkg.name || target.startsWith(`${pkg.name}@`) ? !published : false;
  });
  expect(installs.length).toBeGreaterThan(0);
  expect(wrong.map(shown)).toEqual([]);
});

test("each file the documents run (node, vitest) exists", () => {
  const files = commands
    .filter((c) => c.words[0] === "node" || c.words[1] === "vitest")
    .flatMap((c) => c.words.filter((w) => /\.(ts|mjs|cjs|js)$/.test(w)).map((file) => ({ c, file })));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter(({ file }) => !existsSync(path.join(repoRoot, file))).map(({ c }) => shown(c))).toEqual([]);
});

test("the mock's command takes the options the documents give it, and starts the server typed as they type it, with the same keys each way", async () => {
  const usage: string[] = [];
  const never = new Promise<void>(() => {});
  await runMockCli(["--help"], async () => ({ url: "http://127.0.0.1:0" as const, close: async () => {} }), {
    out: (t) => usage.push(t),
    err: (t) => usage.push(t),
    env: {},
    stopped: never,
  });
  const wrong: string[] = [];
  let started = 0;
  /** The keys each line's commands started the server with: a line's "or ..." types the same server another way. */
  const keysOf = new Map<string, string[]>();
  for (const command of mockRuns) {
    const args = command.words.slice(command.words.findIndex((w) => /sips-json$/.test(w)) + 1);
    for (const arg of args.filter((a) => a.startsWith("-")))
      if (!usage.join("").includes(arg)) wrong.push(`${shown(command)}: ${arg} is not in its usage`);
    // A placeholder (N, K, ...) is the reader's to fill in, a command put in the background is a script's line,
    // and `sips-json mock` alone names the command in prose.
    const named = args.length === 1 && Object.keys(command.env).length === 0;
    if (args[0] !== "mock" || named || command.background || args.some((a) => /^([A-Z]|\.\.\.)$/.test(a))) continue;
    const servers: MockServerOptions[] = [];
    const errors: string[] = [];
    const status = await runMockCli(
      args,
      async (options) => {
        servers.push(options);
        return { url: "http://127.0.0.1:1", close: async () => {} };
      },
      { out: () => {}, err: (t) => errors.push(t), env: command.env, stopped: Promise.resolve() },
    );
    if (status !== 0 || servers.length !== 1) wrong.push(`${shown(command)}: exit ${status} ${errors.join("")}`);
    keysOf.set(command.where, [...(keysOf.get(command.where) ?? []), JSON.stringify(servers[0]?.secretKey)]);
    started++;
  }
  expect(wrong).toEqual([]);
  expect(started).toBeGreaterThan(0);
  const ways = [...keysOf].filter(([, keys]) => keys.length > 1);
  expect(ways.length).toBeGreaterThan(0);
  expect(
    ways.filter(([, keys]) => new Set(keys).size > 1).map(([where, keys]) => `${where}: ${keys.join(" ≠ ")}`),
  ).toEqual([]);
});

test("a sips-json command the documents give with something else than mock first is refused as they say: exit 1, the line to type", async () => {
  const never = new Promise<void>(() => {});
  const without = mockRuns
    .map((command) => ({
      command,
      args: command.words.slice(command.words.findIndex((w) => /sips-json$/.test(w)) + 1),
    }))
    .filter(({ args }) => args.length > 0 && args[0] !== "mock");
  expect(without.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const { command, args } of without) {
    const err: string[] = [];
    const status = await runMockCli(
      args,
      async () => {
        wrong.push(`${shown(command)}: started a server`);
        return { url: "http://127.0.0.1:1", close: async () => {} };
      },
      { out: () => {}, err: (t) => err.push(t), env: command.env, stopped: never },
    );
    if (status !== 1 || !err.join("").includes("the command is mock (sips-json mock --key K)"))
      wrong.push(`${shown(command)}: exit ${status} ${err.join("")}`);
  }
  expect(wrong).toEqual([]);
});
