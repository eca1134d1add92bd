// The POST interface's form for an operation of the registry: the fields of
// its JSON request (less those the form carries itself: the interface
// version, the seal and its algorithm) in `Data`, the shop's credentials from
// the configuration, posted to the operation's `post` address in the chosen
// environment (or at its path under a base URL, such as a mock server's).

import { configKind, describe } from "./issue-format.js";
import { mergeBeyondFacts, refusedAmongFields, type BeyondFactsFields } from "./beyond-facts.js";
import { fieldNamesOf } from "./paypage-data-write.js";
import { unreadable } from "./issues.js";
import type { OperationDescriptor } from "./descriptor.js";
import { declaredVersion } from "./interface-version.js";
import {
  type BaseUrl,
  baseUrl,
  isEnvironmentName,
  environmentText,
  isEnvironmentOrBase,
  primaryPostAddress,
  type UrlObject,
} from "./operation-addresses.js";
import type { PaypageEncoding } from "./paypage-encode.js";
import { dataMessage, filledNames } from "./paypage-data-message.js";
import { buildPaypagePostForm, invalidRequest, type PaypageFormResult } from "./paypage-request.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD } from "./platform.js";
import type { SealAlgorithmName } from "./seal.js";
import { pointer } from "./json-pointer.js";
import { assertKeyForBase, assertKeyForEnvironment } from "./secret-key.js";
import { isPlainObject } from "./message-reads.js";
import { youMean } from "./closest-names.js";
import { didYouMean, meantEnvironments } from "./environment-meant.js";

/** How the form reaches Paypage, and the shop's credentials that go into `Data`. */
export interface PostFormConfig<E extends string = string> {
  /**
   * An environment with a `post` address ("prod", "simu"), or a base URL such as "http://127.0.0.1:8080" (a mock
   * server), as text or as a URL object (its `href`).
   */
  readonly environment: E | BaseUrl | UrlObject;
  readonly merchantId: string;
  readonly keyVersion: number;
  /** Seals `Data`; never put in the form, a result or a message. */
  readonly secretKey: string;
  /** The form's `InterfaceVersion`, a version of the POST interface (HP_3.4): the operation's recommended one by default. */
  readonly interfaceVersion?: string | undefined;
  /** HMAC-SHA-256 unless said otherwise; Sips seals its response with the same one. */
  readonly sealAlgorithm?: SealAlgorithmName | undefined;
  /** `Data` sent as base64 or base64url (the seal covers the encoded text). */
  readonly encode?: PaypageEncoding | undefined;
  /**
   * Refuse a field the spec does not hold among the fields, where the request's facts stop too, as a client
   * configured so does (default false); those under `beyondFacts` go into `Data` all the same.
   */
  readonly strict?: boolean | undefined;
}

/**
 * The POST interface of an operation as its page documents it: the prefix of its versions ("HP_") and the
 * recommended version ("HP_3.4"). The prefix is the spec's, not read back from the version's text: a prefix
 * that ends in a digit ("HP2" of "HP23.4") cannot be told from the version number by the text alone.
 */
export interface PostInterface {
  readonly prefix: string;
  readonly version: string;
}

/** The request's fields as a form takes them: the configuration fills in the credentials. */
export type PostFormFields<Request> = Omit<
  Request,
  "merchantId" | "keyVersion" | "seal" | "sealAlgorithm" | "interfaceVersion"
>;

/** The request's fields as a form takes them where its facts stop: also those beyond them, under `beyondFacts`. */
export type PostFormFieldsBeyondFacts<Request> = PostFormFields<Request> & BeyondFactsFields<Request>;

/** The environments where an operation has a `post` address, for a refusal to name those it may use instead. */
const postEnvironments = (addresses: { readonly [environment: string]: { readonly post?: string } }): string[] =>
  Object.keys(addresses).filter((environment) => addresses[environment]?.post !== undefined);

/** The names a misspelt environment was meant for: the operation's own with a form address first. */
function meantOf(addresses: { readonly [environment: string]: { readonly post?: string } }, given: unknown): string[] {
  return meantEnvironments(given, postEnvironments(addresses), Object.keys(addresses));
}

/** The `post` address of `environment`, or the path of the first one under a base URL; null when there is none. */
export function postFormAction(
  addresses: { readonly [environment: string]: { readonly post?: string } },
  environment: string,
): string | null {
  if (Object.hasOwn(addresses, environment)) return addresses[environment]?.post ?? null;
  const base = baseUrl(environment);
  const post = primaryPostAddress(addresses);
  return base === null || post === undefined ? null : `${base}${new URL(post).pathname}`;
}

/**
 * The form a browser posts to start a payment through the POST interface
 * (see `buildPaypagePostForm`): never throws for the fields, whatever they
 * are; a missing `post` address in the environment is an `invalid-request`.
 *
 * @throws TypeError for a configuration that cannot work (not an object, one whose members cannot be read: a
 * getter or proxy threw, its error the `cause`; an environment that is neither
 * a name nor an http(s) URL, no secretKey, the public test key for "prod" or a base URL at the host of its address,
 * no interface version or one of another interface than the POST one, an unknown algorithm or
 * encoding, a strict that is not a boolean); the key is never shown.
 */
export function operationPostForm<Request>(
  operation: Pick<OperationDescriptor<Request, unknown>, "name" | "addresses" | "request">,
  postInterface: PostInterface | null,
  fields: unknown,
  config: PostFormConfig,
): PaypageFormResult {
  const read = readConfig(config);
  const { merchantId, keyVersion } = read;
  // A URL object (new URL(mock.url)) is taken as its href, as the client takes it.
  const environment = environmentText(read.environment);
  // Neither a name nor a URL (absent, "PROD"): no operation has it, as the client refuses it.
  if (typeof environment !== "string" || !isEnvironmentOrBase(environment))
    throw new TypeError(
      `environment must be an environment name such as "prod" or an http(s) base URL such as "http://127.0.0.1:8080"${didYouMean(meantOf(operation.addresses, environment))}`,
    );
  assertKeyForEnvironment(read.secretKey, environment);
  // Checked above: what is no name is a base URL.
  if (!isEnvironmentName(environment))
    assertKeyForBase(read.secretKey, baseUrl(environment) as string, operation.addresses, (at) => at.post);
  // A base URL whose path puts the form at a JSON address (the reference index's ".../rs-services/v2") is not
  // refused: a proxy mounted at that path, which takes it off, is a valid setup; the mock's 400 names the slip.
  const action = postFormAction(operation.addresses, environment);
  if (action === null) return noFormAddress(operation, environment);
  const interfaceVersion = read.interfaceVersion ?? postInterface?.version;
  if (typeof interfaceVersion !== "string" || interfaceVersion === "")
    throw new TypeError("interfaceVersion: no recommended version of the POST interface is documented; give one");
  // A JSON version such as IR_WS_3.4 in a POST form's InterfaceVersion is refused by Paypage: only the POST interface's.
  if (postInterface !== null && declaredVersion(interfaceVersion, postInterface.prefix) < 0)
    throw new TypeError(
      `interfaceVersion: the POST interface takes a version of ${postInterface.prefix} (such as ${postInterface.version}), not ${JSON.stringify(interfaceVersion)}`,
    );
  if (typeof merchantId !== "string" || merchantId === "")
    throw new TypeError(`merchantId must be a non-empty string, got ${describe(merchantId)}`);
  if (!Number.isSafeInteger(keyVersion) || keyVersion < 0)
    // A keyVersion read from the environment is a string ("1"): said, so that the fix is plain.
    throw new TypeError(`keyVersion must be a non-negative integer, got ${describe(keyVersion)}`);
  const { strict = false } = read;
  if (typeof strict !== "boolean") throw new TypeError(`strict must be a boolean, got ${describe(strict)}`);
  const message = dataMessage(operation.request);
  let given: Record<string, unknown>;
  try {
    if (!isPlainObject(fields)) return buildPaypagePostForm(message, fields, forBuild(read, action, interfaceVersion));
    const taken = [...filledNames(operation.request)].filter((name) => Object.hasOwn(fields, name));
    if (taken.length > 0)
      return invalidRequest(
        taken.map((name) => ({
          path: pointer("", name),
          code: "unknown-field",
          message: "is filled in from the configuration or carried by the form itself",
        })),
      );
    given = { ...fields, [MERCHANT_ID_FIELD]: merchantId, [KEY_VERSION_FIELD]: keyVersion };
  } catch {
    return invalidRequest([unreadable()]);
  }
  // Where the request's facts stop, the fields beyond them go into Data as the request's own (after the known ones).
  if (operation.request.factsStop !== null) {
    const known = fieldNamesOf(operation.request.fields);
    const among = refusedAmongFields(given, known, strict, operation.request.fields);
    if (among.length > 0) return invalidRequest(among);
    const refused = mergeBeyondFacts(given, known, filledNames(operation.request));
    if (refused.length > 0) return invalidRequest(refused);
  }
  return buildPaypagePostForm(message, given, forBuild(read, action, interfaceVersion));
}

/**
 * The refusal of an environment the operation has no form address in: the environments that have one, and the one
 * a slip of a name was meant for ("smiu"). A base URL is not quoted (it may hold a password); a name cannot hold one.
 */
function noFormAddress(
  operation: { readonly name: string; readonly addresses: OperationDescriptor<unknown, unknown>["addresses"] },
  environment: string,
): PaypageFormResult {
  const near = meantOf(operation.addresses, environment);
  const meant = near.length > 0 ? `: ${youMean(near)}` : "";
  const given = isEnvironmentName(environment) ? `environment ${JSON.stringify(environment)}` : "a base URL";
  return invalidRequest([
    {
      path: "",
      code: "required",
      message: `${operation.name} has no POST form address for ${given} (it has one in ${postEnvironments(operation.addresses).join(", ")}${meant})`,
    },
  ]);
}

/**
 * Each member of the configuration read once, inside a guard: a getter or proxy trap that throws is the documented
 * TypeError, not its own error, and one that answers otherwise on a second read cannot change the form.
 */
function readConfig(config: PostFormConfig): PostFormConfig {
  if (typeof config !== "object" || config === null)
    throw new TypeError(`the configuration must be an object, got ${configKind(config)}`);
  try {
    return {
      environment: config.environment,
      merchantId: config.merchantId,
      keyVersion: config.keyVersion,
      secretKey: config.secretKey,
      interfaceVersion: config.interfaceVersion,
      sealAlgorithm: config.sealAlgorithm,
      encode: config.encode,
      strict: config.strict,
    };
  } catch (error) {
    throw new TypeError("the configuration could not be read (a property getter or proxy threw)", { cause: error });
  }
}

function forBuild(config: PostFormConfig, action: string, interfaceVersion: string) {
  return {
    action,
    secretKey: config.secretKey,
    interfaceVersion,
    ...(config.sealAlgorithm === undefined ? {} : { sealAlgorithm: config.sealAlgorithm }),
    ...(config.encode === undefined ? {} : { encode: config.encode }),
  };
}
