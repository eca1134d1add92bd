// What a change of the recommended versions does to the POST form builder
// (`paypagePostForm`) of an operation with a `post` address: the builder
// declares the POST interface's recommended version by default, and refuses
// a configured version of any other prefix. The POST interface is the one
// prefix recommended beside the JSON one (model/operation-head.ts), so a
// recommendation taken away or added can take it away or give it.

import type { OperationModel } from "../model/operation-model.js";
import { postFormName } from "../rules/operation-declarations.js";

export interface PostFormEffect {
  /** The prefix whose recommended-version change carries the effect. */
  readonly prefix: string;
  /** A sentence for that change's summary, starting with a space. */
  readonly why: string;
  readonly breaking: boolean;
}

const hasForm = (op: OperationModel): boolean => op.environments.some((e) => e.post !== null);

/**
 * The form builder's default or accepted versions changed, or null where the
 * operation has no builder on either side. `changed`: the prefixes (not the
 * JSON one) whose recommended version changed, in report order.
 */
export function postFormEffect(
  before: OperationModel,
  after: OperationModel,
  changed: readonly string[],
): PostFormEffect | null {
  if (!hasForm(before) || !hasForm(after)) return null;
  const [was, is] = [before.interfaceVersion.post, after.interfaceVersion.post];
  const builder = postFormName(after.name, after.family);
  // The change of `wanted` carries it where that prefix's recommendation changed, else the first one that did.
  const at = (wanted: string | undefined): string | undefined => changed.find((p) => p === wanted) ?? changed[0];
  if (was !== null && is === null) {
    const prefix = at(was.prefix);
    return prefix === undefined
      ? null
      : {
          prefix,
          breaking: true,
          why: ` ${builder} no longer has a POST interface to fill in the form's InterfaceVersion from (it gave ${was.version}): a call that gives no config.interfaceVersion throws a TypeError.`,
        };
  }
  if (is !== null && was?.prefix !== is.prefix) {
    const prefix = at(is.prefix);
    const took = was === null ? "any version" : `${was.prefix} versions`;
    return prefix === undefined
      ? null
      : {
          prefix,
          breaking: true,
          why: ` ${builder} declares ${is.version} by default and refuses a config.interfaceVersion that is no ${is.prefix} version (a TypeError), where it took ${took}; the mock refuses such a form.`,
        };
  }
  // The same POST interface, another version: the default follows it, and no field of Data is held to it.
  if (is !== null && was !== null && was.version !== is.version && changed.includes(is.prefix))
    return {
      prefix: is.prefix,
      breaking: false,
      why: ` ${builder} declares it by default; it holds no field of Data to a ${is.prefix} version, as the pages give the fields' versions without a prefix.`,
    };
  return null;
}
