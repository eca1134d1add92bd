// The shape of the platform file (sips.yaml) once it passes its JSON Schema
// (spec/schema/): the seal's fields, order and algorithms, the credentials'
// fields and the examples' key. The other spec files' shapes are raw-spec.ts.

export interface RawSealDirection {
  readonly exclude: readonly string[];
  readonly notes?: readonly string[];
}

export interface RawAlgorithm {
  readonly kind: "hmac" | "digest";
  readonly hash: "sha256" | "sha512";
  readonly notes?: readonly string[];
}

export interface RawPlatform {
  readonly platform: string;
  readonly brand?: string;
  readonly documentVersion: string;
  readonly seal: {
    readonly field: string;
    readonly algorithmField: string;
    readonly defaultAlgorithm: string;
    readonly order: "code-point";
    readonly request: RawSealDirection;
    readonly response: RawSealDirection;
    readonly algorithms: Readonly<Record<string, RawAlgorithm>>;
  };
  /** The response field in which Sips names the request field in error (an operation's status.errorField). */
  readonly errorField?: string;
  readonly credentials: {
    readonly merchantIdField: string;
    readonly keyVersionField: string;
    readonly notes?: readonly string[];
  };
  readonly examples: { readonly secretKey: string; readonly secretKeyVersion: string; readonly note?: string };
  readonly sources?: readonly { readonly title: string; readonly note?: string }[];
}
