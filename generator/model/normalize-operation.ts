import type { PageReading } from "../read/page/read-page.js";
import type { MeaningNames, MessageKind, RawMessage, RawOperation, RawStatus } from "../rules/raw-spec.js";
import { buildCallbackChangelog, buildChangelog } from "./changelog.js";
import { exampleMessage } from "./examples.js";
import { operationPages } from "./operation-pages.js";
import type { PlatformModel } from "./ir.js";
import type { CallbackModel, MessageModel, OperationModel, StatusModel } from "./operation-model.js";
import { operationHead } from "./operation-head.js";
import { outlineOf } from "../validate/operation-outline.js";
import { defineContainers, normalizeFields, type FieldContext } from "./normalize-field.js";
import type { KeptMeanings } from "./own-values.js";
import { messageTypeName } from "../rules/operation-declarations.js";
import { pascalCase } from "../rules/names.js";
import { recommendedByPrefix, recommendedPost } from "../rules/raw-endpoints.js";
import { sealOrder } from "./seal-order.js";
import { KEPT_MEANING } from "../rules/meanings.js";

export function normalizeOperation(
  raw: RawOperation,
  sourceFile: string,
  platform: PlatformModel,
  shared: SharedContext,
  pages: ReadonlyMap<string, PageReading> = new Map(),
  defines = true,
): OperationModel {
  const context = { ...shared, prefix: raw.interfaceVersion.prefix, sourceFile };
  // The container types this operation is the first to use are defined now, in the order its messages meet them;
  // the messages themselves are made when first read (see withLazy below). `defines` false: it is the first to
  // use none (every container type it uses, at any depth, is defined already), and its fields are not walked.
  if (defines) {
    defineContainers(raw.request.fields, context);
    defineContainers(raw.response.fields, context);
    if (raw.callback) defineContainers(raw.callback.fields, callbackContext(raw, context));
  }
  // The page's changelog rows order the table as the page does.
  const page = raw.source?.page === undefined ? undefined : pages.get(raw.source.page);
  const head = operationHead(outlineOf(raw), operationPages(raw), sourceFile);
  const operation: Omit<OperationModel, "request" | "response" | "callback" | "changelog"> = {
    name: head.name,
    summary: head.summary,
    family: head.family,
    effect: head.effect,
    method: raw.method,
    environments: head.environments,
    endpoints: head.endpoints,
    primaryEndpoint: head.primaryEndpoint,
    interfaceVersion: head.interfaceVersion,
    pages: head.pages,
    source: {
      page: raw.source?.page ?? null,
      readFirst: (raw.source?.readFirst ?? []).map((d) => ({
        title: d.title,
        label: d.label ?? null,
        description: d.description ?? null,
      })),
      notes: raw.source?.notes ?? [],
    },
    notes: raw.notes ?? [],
    sourceFile: head.sourceFile,
    status: raw.status ? normalizeStatus(raw.status) : null,
  };
  // Made when first read, as a message's example: only the operation's own files and pieces show them, which a
  // run whose memo holds them never makes (the files that span operations read the operation's other parts).
  const request = lazily(() =>
    normalizeMessage("request", raw.request, raw, platform, { ...context, keptMeanings: keptMeanings(raw, "request") }),
  );
  const response = lazily(() =>
    normalizeMessage("response", raw.response, raw, platform, {
      ...context,
      keptMeanings: keptMeanings(raw, "response"),
    }),
  );
  const withMessages = withLazy(
    withLazy(withLazy(operation, "request", request), "response", response),
    "callback",
    () => (raw.callback ? normalizeCallback(raw, platform, context, pages) : null),
  );
  return withLazy(withMessages, "changelog", () => buildChangelog(request(), response(), page?.page.changelog));
}

/**
 * By field of one message: the values whose page's meanings the spec keeps out, as its deviations say, each with
 * whom the deviation says those meanings name (null where it does not say).
 */
function keptMeanings(op: RawOperation, message: string): KeptMeanings {
  const out = new Map<string, Map<string, MeaningNames | null>>();
  for (const { about, meaningNames } of op.source?.deviations ?? []) {
    const [, on, field, value] = KEPT_MEANING.exec(about) ?? [];
    if (on !== message || field === undefined || value === undefined) continue;
    out.set(field, (out.get(field) ?? new Map()).set(value, meaningNames ?? null));
  }
  return out;
}

/** `make`, called once when first needed. */
function lazily<V>(make: () => V): () => V {
  let made: { readonly value: V } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What every operation shares: the dictionary, the value lists and the container types. */
export type SharedContext = Pick<
  FieldContext,
  "dictionary" | "dictionaryFiles" | "lists" | "containers" | "responseContainers"
>;

/** A callback: a response-like message of its own type, sealed (as `data`) over the string as posted. */
function normalizeCallback(
  op: RawOperation,
  platform: PlatformModel,
  context: FieldContext,
  pages: ReadonlyMap<string, PageReading>,
): CallbackModel {
  const raw = op.callback as NonNullable<RawOperation["callback"]>;
  const inCallback = { ...callbackContext(op, context), keptMeanings: keptMeanings(op, "callback") };
  const message = normalizeMessage("response", raw, op, platform, inCallback, pascalCase(raw.name));
  // Its page's changelog rows order its table, as an operation's page orders the operation's.
  const page = raw.source?.page === undefined ? undefined : pages.get(raw.source.page);
  const callback = {
    name: raw.name,
    summary: raw.summary,
    source: { page: raw.source?.page ?? null, notes: raw.source?.notes ?? [] },
    message,
  };
  return withLazy(callback, "changelog", () => buildCallbackChangelog(message, page?.page.changelog));
}

/** Sips posts a Data message through the POST interface: its versions are that interface's, not the JSON one's. */
function callbackContext(op: RawOperation, context: FieldContext): FieldContext {
  const post = op.callback?.encoding === "data" ? recommendedPost(op.interfaceVersion) : undefined;
  return post === undefined ? context : { ...context, prefix: post.prefix };
}

function normalizeMessage(
  kind: MessageKind,
  raw: RawMessage,
  op: RawOperation,
  platform: PlatformModel,
  context: FieldContext,
  typeName = messageTypeName(op.operation, kind),
): MessageModel {
  const fields = normalizeFields(raw.fields, context);
  const encoding = raw.encoding ?? "json";
  // A Data message is sealed over the string as posted: no field enters a JSON sealing string.
  const exclude = encoding === "data" ? [] : platform.seal[kind].exclude;
  const { prefix } = context;
  const recommended = recommendedByPrefix(op.interfaceVersion).find(([p]) => p === prefix)?.[1] ?? null;
  const message: Omit<MessageModel, "example"> = {
    kind,
    encoding,
    factsStop: raw.factsStop
      ? {
          after: raw.factsStop.after ?? null,
          see: raw.factsStop.see,
          notes: raw.factsStop.notes ?? [],
          sensitive: raw.factsStop.sensitive ?? null,
        }
      : null,
    operationName: op.operation,
    typeName,
    fields,
    sealFields:
      encoding === "data"
        ? []
        : sealOrder(
            fields.map((f) => f.name),
            exclude,
          ),
    sealExclude: exclude,
    interfacePrefix: prefix,
    versionField: fields.find((f) => f.type.kind === "interfaceVersion")?.name ?? null,
    unknownFields: kind === "request" ? "error" : "warning",
    notes: raw.notes ?? [],
  };
  // Sealed with HMAC, an example costs more than the rest of its message: made when first read, which the
  // files of an operation taken from the memo never do.
  return withLazy(message, "example", () => exampleMessage(fields, { platform, prefix, recommended, exclude }));
}

/** `object` with `key` made by `make` when first read, then kept (null too): an own, enumerable, read-only property. */
function withLazy<T extends object, K extends string, V>(object: T, key: K, make: () => V): T & Record<K, V> {
  return Object.defineProperty(object, key, { enumerable: true, get: lazily(make) }) as T & Record<K, V>;
}

function normalizeStatus(raw: RawStatus): StatusModel {
  const code = (value: string): string | null => (value === "undocumented" ? null : value);
  return {
    field: raw.field,
    messageField: raw.messageField ?? null,
    errorField: raw.errorField ?? null,
    accepted: code(raw.accepted),
    formatError: code(raw.formatError),
    signatureError: code(raw.signatureError),
    notes: raw.notes ?? [],
  };
}
