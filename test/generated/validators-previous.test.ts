// The validators this generator writes against the ones the previous
// generator wrote for the same spec (test/support/previous-output.ts): the
// same result (verdict, value, every error and warning in order, codes, paths,
// messages) on random, mutated and hostile messages of every operation, with
// every kind of options; getters and proxies of plain objects are read as
// often. What changed on purpose is left out of the comparison: a value that
// is not a plain object is refused after its fields are read (only results are
// compared), a list's length is read once (a proxy's length is not counted),
// and an issue's message is a constant with the value beside it (`received`,
// the very value at its path): formatIssue renders what the previous message
// said, a value outside its list reworded (see `former`); an unknown field's
// issue carries no value, as the previous validators reported it.
// The character classes AN, ANS and ANU were widened to the data dictionary's
// (format-classes.test.ts holds them to its page): a previous format issue of
// a text its class now admits is left out, with the length issue that may now
// stand at its path (see `withoutWidened`), and their words are the new ones.
// A request declaring a version below the lowest its operation's values give
// (WR_WS_2. : 2.0) or its required fields do (paymentTokenInitialize's, all of
// 2.37), or validated with one pinned, is refused now: that issue, and the
// verdict it alone makes, are left out too (see `withoutFloor`), and so are the
// previous validators' `version` issues of such a message, which that one
// issue replaces (see `withoutVersions`).
// 250 messages each on a fixed seed, 50 under a polluted prototype (1,500 and
// 150 with SIPS_DEEP=1), with counters holding that the draw met valid
// messages and every kind of issue (they hold from 150 and 50: at 100 one
// message never misses a required field, at 25 the polluted draw of one misses a case).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { MessageDescriptor, ValidateOptions, ValidationIssue, ValidationResult } from "../../generated/index.js";
import { formatIssue } from "../../generated/index.js";
import { FORMAT_WORDS, type FormatClass, conformsAN, conformsANS, conformsANU } from "../../generated/runtime/formats.js";
import { describeKind } from "../../generated/runtime/issue-format.js";
import { variantArb } from "../support/hostile-values.js";
import { objectArb, reachedCodes } from "../support/message-arbitrary.js";
import { type BothOutputs, previousAndCurrent } from "../support/previous-output.js";
import { drawOf, runs } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/** Per message (test/support/property-runs.ts). */
const QUICK = 250;
const DEEP = 1500;
const RUNS = runs(QUICK, DEEP);
const POLLUTED_QUICK = 50;
const POLLUTED_DEEP = 150;

// Loaded before the tests are collected: the messages to compare are those of the specs the outputs come from.
const repository = await previousAndCurrent("repository");
const golden = await previousAndCurrent("golden");

const optionsArb = (prefix: string) =>
  fc.constantFrom<ValidateOptions | undefined>(
    undefined,
    {},
    { strict: true },
    { strict: false },
    { interfaceVersion: `${prefix}2.30` },
    { interfaceVersion: "2.55" },
    { interfaceVersion: "1.0", strict: true },
    { interfaceVersion: "latest" },
    { interfaceVersion: 42 as never },
  );

/**
 * A result as plain data: the verdict, every issue in order (its message as
 * people read it, `render`), and whether the value is the input itself.
 */
const shown = (
  result: ValidationResult<unknown>,
  input: unknown,
  render: (issue: ValidationIssue, input: unknown) => string,
) => {
  const issues = (list: readonly ValidationIssue[]) =>
    list.map((issue) => ({ path: issue.path, code: issue.code, message: render(issue, input) }));
  return JSON.stringify({
    ok: result.ok,
    same: result.ok ? result.value === input : null,
    errors: result.ok ? null : issues(result.errors),
    warnings: issues(result.warnings),
  });
};

/**
 * An issue as formatIssue renders it now, the values a value outside its list is told left out: the previous
 * generator named none, and test/generated/unknown-value-named.test.ts holds them to the spec. Nor did it name the
 * field an unknown key is near, nor that key in the field's "is required" (unknown-field-meant.test.ts and
 * required-slip.test.ts hold them): those words are left out too.
 */
const rendered = (issue: ValidationIssue): string =>
  issue.code === "unknown-value"
    ? formatIssue(issue).replace(/ values \([^)]*\), got /, " values, got ")
    : issue.code === "unknown-field" && issue.meant !== undefined
      ? formatIssue(issue).replace(`; did you mean ${issue.meant}?`, "")
      : issue.code === "required"
        ? formatIssue(issue).replace(/; was it given as .*\?$/s, "")
        : formatIssue(issue);

/**
 * The previous generator's message as formatIssue renders it now: with its path, a value outside its list said the
 * other way round, and a value the spec does not know (outside its list, a message that is not an object) by its
 * kind and length, where the previous message quoted it (`input`: the message, read as formatIssue reads it).
 */
function former(issue: ValidationIssue, input: unknown): string {
  const outside = / is not a value of (\w+)$/.exec(issue.message);
  const notObject = /^(must be a plain JSON object), got /.exec(issue.message);
  const message = outside
    ? `must be one of the ${outside[1]} values, got ${kindOfDescribed(issue.message.slice(0, outside.index))}`
    : notObject && issue.path === ""
      ? holdsProperties(input)
        ? "must be a plain JSON object"
        : `${notObject[1]}, got ${describeKind(input)}`
      : issue.path === ""
        ? issue.message
        : issue.message.replace(OBJECT_DESCRIBED, "");
  const worded = message
    .replace(CLASS_WORDS, (_, charClass: FormatClass, max: string) => `must hold only ${FORMAT_WORDS[charClass]} (${charClass}${max})`)
    .replace(
      BARE_LENGTH,
      (_, unit: string, format: string | undefined, count: string) =>
        `${unit}${format ?? ""}, got ${count} ${count === "1" ? unit.slice(0, -1) : unit}`,
    );
  return issue.path === "" ? worded : `${issue.path} ${worded}`;
}

/** A previous message's words for a character class, which now read as the data dictionary's classes (FORMAT_WORDS). */
const CLASS_WORDS = /^must hold only .*? \(([A-Z]+)(\d+)\)/;

/** A previous message's length of a text too long, a bare count, which now reads in its limit's unit. */
const BARE_LENGTH = /(characters|digits)( \([A-Z]+\d+\))?, got (\d+)$/;

/**
 * The end of a previous message that described a field's value holding properties, which no issue now carries (so
 * that formatIssue says nothing of it): a text is quoted, so none ends so. Options are described as before.
 */
const OBJECT_DESCRIBED = /, got (an object|an array|function|an unreadable value)$/;

/** A text the previous describe wrote ("\"abc\"", "\"abc…\"… (52 characters)", "number 7") as describeKind says it. */
function kindOfDescribed(described: string): string {
  const cut = /^".*"… \((\d+) characters\)$/s.exec(described);
  if (cut) return `a string of ${cut[1]} characters`;
  if (described.startsWith('"')) return describeKind(JSON.parse(described));
  const scalar = /^(number|boolean|bigint) /.exec(described);
  return scalar ? `a ${scalar[1]}` : described;
}

/** The floor's issue: the declared (or pinned) version below the lowest its operation documents (generated/runtime/issues.ts). */
const isFloorIssue = (issue: ValidationIssue): boolean =>
  (issue.path === "/interfaceVersion" || issue.path === "") &&
  issue.code === "interface-version" &&
  / or later: no earlier version is documented/.test(issue.message);

/** A result as the previous validators gave it, which held no version to a floor: valid where the floor's issue was the only error. */
function withoutFloor(result: ValidationResult<unknown>, input: unknown): ValidationResult<unknown> {
  if (result.ok || !result.errors.some(isFloorIssue)) return result;
  const errors = result.errors.filter((issue) => !isFloorIssue(issue));
  return errors.length > 0
    ? { ok: false, errors, warnings: result.warnings }
    : { ok: true, value: input, warnings: result.warnings };
}

/** A previous result without its `version` issues, where the current validator refused the version itself (no field is held to it). */
function withoutVersions(result: ValidationResult<unknown>, input: unknown, floored: boolean): ValidationResult<unknown> {
  if (!floored) return result;
  const warnings = result.warnings.filter((issue) => issue.code !== "version");
  if (result.ok) return { ...result, warnings };
  const errors = result.errors.filter((issue) => issue.code !== "version");
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, value: input, warnings };
}

/** The classes widened since the previous validators, as they now check a text. */
const WIDENED: Partial<Record<FormatClass, (text: string) => boolean>> = { AN: conformsAN, ANS: conformsANS, ANU: conformsANU };

/** The paths of the previous format issues of texts their (widened) class now admits; `plain`: the message as data, read without getters. */
function widenedPaths(previous: ValidationResult<unknown>, plain: unknown): Set<string> {
  const paths = new Set<string>();
  for (const issue of issuesOf(previous)) {
    const charClass = issue.code === "format" ? (/\((AN|ANS|ANU)\d+\)/.exec(issue.message)?.[1] as FormatClass | undefined) : undefined;
    const conforms = charClass && WIDENED[charClass];
    if (!conforms) continue;
    let value: unknown;
    try {
      value = valueAt(plain, issue.path);
    } catch {
      continue;
    }
    if (typeof value === "string" && conforms(value)) paths.add(issue.path);
  }
  return paths;
}

/** A result without its format and length issues at `paths`: valid where they were the only errors. */
function withoutWidened(result: ValidationResult<unknown>, input: unknown, paths: Set<string>): ValidationResult<unknown> {
  if (paths.size === 0) return result;
  const kept = (issue: ValidationIssue) => !(paths.has(issue.path) && (issue.code === "format" || issue.code === "max-length"));
  const warnings = result.warnings.filter(kept);
  if (result.ok) return { ...result, warnings };
  const errors = result.errors.filter(kept);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, value: input, warnings };
}

/** Whether the current validator refused the version itself. */
const floorMet = (result: ValidationResult<unknown>): boolean => !result.ok && result.errors.some(isFloorIssue);

const issuesOf = (result: ValidationResult<unknown>) => (result.ok ? result.warnings : [...result.errors, ...result.warnings]);

/** The value at a JSON Pointer (keys of at most 100 characters, as the tests' are). */
function valueAt(root: unknown, path: string): unknown {
  if (path === "") return root;
  let value = root;
  for (const segment of path.slice(1).split("/"))
    value = (value as Record<string, unknown>)[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  return value;
}

/** The issues that have no value to receive. */
const UNRECEIVED = ["required", "unreadable", "interface-version"];

/** Whether a value can hold properties (an object, a list, a function): an issue does not carry such a value. */
const holdsProperties = (value: unknown): boolean =>
  (typeof value === "object" && value !== null) || typeof value === "function";

/**
 * Each issue's `received` is the value at its path in `input`, or absent where there is none to show or the value
 * holds properties; an unknown field's issue never has one (the spec cannot say its value is no card number).
 */
function expectReceived(result: ValidationResult<unknown>, input: unknown): void {
  for (const issue of issuesOf(result)) {
    // Each expect only where the check fails: this runs for every issue of every draw.
    if (issue.code === "unknown-field") {
      if ("received" in issue) expect(issue).not.toHaveProperty("received");
    } else if ("received" in issue) {
      expectSame(holdsProperties(issue.received), false);
      expectSame(issue.received, valueAt(input, issue.path));
    } else if (!UNRECEIVED.includes(issue.code)) expectSame(holdsProperties(valueAt(input, issue.path)), true);
  }
}

type Message = MessageDescriptor<unknown>;
const messagesOf = (pkg: BothOutputs["current"]) =>
  Object.values(pkg.operations).flatMap((op) =>
    (["request", "response"] as const).map((kind) => ({
      name: `${op.name} ${kind}`,
      prefix: op.interfaceVersion.prefix,
      message: op[kind] as Message,
    })),
  );

const cases = [
  ["repository", repository],
  ["golden", golden],
].flatMap(([spec, outputs]) => {
  const { previous, current } = outputs as BothOutputs;
  const before = messagesOf(previous);
  return messagesOf(current).map((m, i) => ({
    ...m,
    name: `${spec as string} spec: ${m.name}`,
    current: m.message,
    previous: before[i]?.message,
    previousName: before[i]?.name,
  }));
});

test("both outputs have the same messages", () => {
  for (const c of cases) expect(c.previousName).toBe(c.name.replace(/^\w+ spec: /, ""));
  expect(cases.length).toBeGreaterThan(4);
});

describe.each(cases)("$name", ({ prefix, current, previous: before }) => {
  const previous = before as Message;
  test("the same results on random, mutated and hostile messages", () => {
    const fieldNames = current.fields.map((f) => f.name);
    const messages = objectArb(current.fields, {
      prefix,
      unknownKeys: ["unknownField", "__proto__", "seal2", "a/b~c"],
    });
    const inputs = fc.tuple(messages, variantArb(fieldNames), optionsArb(prefix));
    let valid = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(inputs, ([fields, variant, options]) => {
        const before = variant(fields);
        const now = variant(fields);
        const checked = current.validate(now.value, options);
        const was = withoutVersions(previous.validate(before.value, options), before.value, floorMet(checked));
        const widened = widenedPaths(was, fields);
        const want = withoutWidened(was, before.value, widened);
        const got = withoutWidened(withoutFloor(checked, now.value), now.value, widened);
        if (got.ok) valid++;
        for (const issue of issuesOf(got)) reached.add(issue.code);
        expectSame(shown(got, now.value, rendered), shown(want, before.value, former));
        if (!now.readsDiffer) expectSame(now.reads(), before.reads());
        if (!now.readsDiffer) expectReceived(got, now.value);
      }),
      drawOf(QUICK, DEEP),
    );
    // Valid messages represented (the request with the most required fields draws about 2% valid ones), and
    // every kind of issue met (hostile getters and proxies: unreadable; instances and lists: not an object),
    // or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 100);
    const codes = [...reachedCodes(current.fields), "unreadable", "not-an-object"];
    expect(codes.filter((code) => !reached.has(code))).toEqual([]);
  });

  test("the same results on arbitrary JSON values", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), optionsArb(prefix), (value, options) => {
        const checked = current.validate(value, options);
        const was = withoutVersions(previous.validate(value, options), value, floorMet(checked));
        const widened = widenedPaths(was, value);
        const want = withoutWidened(was, value, widened);
        const got = withoutWidened(withoutFloor(checked, value), value, widened);
        for (const issue of issuesOf(got)) reached.add(issue.code);
        expectSame(shown(got, value, rendered), shown(want, value, former));
        expectReceived(got, value);
      }),
      drawOf(QUICK, DEEP),
    );
    // Values refused as a whole, objects whose fields are checked, and a bad options.interfaceVersion.
    const kinds = ["interface-version", "not-an-object", "unknown-field"];
    expect(kinds.filter((code) => !reached.has(code))).toEqual([]);
  });

  test("a polluted Object.prototype changes neither", () => {
    const met = new Set<string>();
    const messages = objectArb(current.fields, { prefix, unknownKeys: ["unknownField"] });
    fc.assert(
      fc.property(
        messages,
        fc.constantFrom(...current.fields.map((f) => f.name)),
        fc.jsonValue({ maxDepth: 1 }),
        fc.boolean(),
        (fields, key, polluted, enumerable) => {
          const input = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
          met.add(`${Object.hasOwn(input, key) ? "has" : "lacks"} ${enumerable ? "enumerable" : "hidden"}`);
          Object.defineProperty(Object.prototype, key, { value: polluted, enumerable, configurable: true, writable: true });
          try {
            for (const options of [undefined, { strict: true }]) {
              const checked = current.validate(input, options);
              const was = withoutVersions(previous.validate(input, options), input, floorMet(checked));
              const widened = widenedPaths(was, fields);
              const want = withoutWidened(was, input, widened);
              const got = withoutWidened(withoutFloor(checked, input), input, widened);
              expectSame(shown(got, input, rendered), shown(want, input, former));
              expectReceived(got, input);
            }
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        },
      ),
      drawOf(POLLUTED_QUICK, POLLUTED_DEEP),
    );
    // A polluted field the message has and one it lacks, each enumerable and not.
    expect([...met].sort()).toEqual(["has enumerable", "has hidden", "lacks enumerable", "lacks hidden"]);
  });
});
