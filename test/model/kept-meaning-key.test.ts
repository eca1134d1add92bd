// A deviation that keeps a page's meaning out of a value is named as the check
// prints it, `<message>.fields.<field>.values.<value>.meaning`; a value of a
// prefix list holds dots of its own (`IR_WS_2.`), which the name must keep whole.
import { expect, test } from "vitest";
import { KEPT_MEANING } from "../../generator/rules/meanings.js";

const parts = (about: string) => KEPT_MEANING.exec(about)?.slice(1);

test("a kept meaning's name gives its message, field and value, dots of the value kept", () => {
  expect(parts("response.fields.redirectionStatusCode.values.94.meaning")).toEqual([
    "response",
    "redirectionStatusCode",
    "94",
  ]);
  expect(parts("request.fields.interfaceVersion.values.IR_WS_2..meaning")).toEqual([
    "request",
    "interfaceVersion",
    "IR_WS_2.",
  ]);
  expect(parts("callback.fields.x.values.a.b.c.meaning")).toEqual(["callback", "x", "a.b.c"]);
});

test("other names are not a kept meaning", () => {
  expect(parts("response.fields.redirectionStatusCode.values.94")).toBeUndefined();
  expect(parts("response.fields.a.b.values.94.meaning")).toBeUndefined();
  expect(parts("response.changelog.keyVersion")).toBeUndefined();
});
