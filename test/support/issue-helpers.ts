// The issues the generated validators write in place (generator/emit/validators/),
// made by functions for the tests that build them by hand: the same shape,
// code and constant text as the emitted object literals.
import { REQUIRED_TEXT, TOO_MANY_ITEMS_TEXT, TYPE_TEXTS, UNKNOWN_FIELD_TEXT } from "../../generated/runtime/issues.js";
import { issue, issueWith } from "../../generated/runtime/validation.js";
import type { ValidationIssue } from "../../generated/runtime/validation-types.js";

export const missingField = (path: string): ValidationIssue => issue(path, "required", REQUIRED_TEXT);

export const expectedString = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "type", TYPE_TEXTS.string, value);
export const expectedInteger = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "type", TYPE_TEXTS.integer, value);
export const expectedList = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "type", TYPE_TEXTS.list, value);
/** A container field given something else than an object (a message that is none is `notAnObject`). */
export const expectedObject = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "type", TYPE_TEXTS.object, value);

/** An unknown field's issue carries no value: the spec cannot say it is no card number. */
export const unknownField = (path: string): ValidationIssue => issue(path, "unknown-field", UNKNOWN_FIELD_TEXT);

/** `text` is unknownValueText of the list. */
export const unknownValue = (path: string, value: string, text: string): ValidationIssue =>
  issueWith(path, "unknown-value", text, value);

/** `text` is interfaceVersionText of the prefix. */
export const badInterfaceVersion = (path: string, value: unknown, text: string): ValidationIssue =>
  issueWith(path, "interface-version", text, value);

export const tooManyItems = (path: string, list: unknown): ValidationIssue =>
  issueWith(path, "max-length", TOO_MANY_ITEMS_TEXT, list);
