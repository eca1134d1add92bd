// The generated package's modules, by what they hold: the declarations say
// which of them declares each name.

/** The generated modules that span operations. */
export const MODULES = {
  index: "index.ts",
  valueLists: "value-lists.ts",
  containerTypes: "containers/types.ts",
  containerChecks: "containers/validators.ts",
  containerSeal: "containers/seal.ts",
  containerDescriptors: "containers/descriptors.ts",
  client: "client.ts",
  mock: "mock.ts",
  /** The seal facts of the platform file, beside the runtime that imports them. */
  platform: "runtime/platform.ts",
  /** The POST interface (Paypage): the runtime's helpers and every operation's callback decoder and form builder. */
  paypage: "paypage.ts",
} as const;

/** The modules of an operation's folder, in the order its index re-exports them (the index last). */
export const operationModules = (operation: string) => {
  const dir = `operations/${operation}`;
  return {
    types: `${dir}/types.ts`,
    values: `${dir}/values.ts`,
    validators: `${dir}/validators.ts`,
    seal: `${dir}/seal.ts`,
    descriptor: `${dir}/descriptor.ts`,
    client: `${dir}/client.ts`,
    /** The message Sips sends back (its validator and decoder), where the operation has one. */
    callback: `${dir}/callback.ts`,
    /** The POST interface's form, where the operation has a `post` address. */
    postForm: `${dir}/post-form.ts`,
    /**
     * What the POST form reads of the operation (its name, addresses and request), which its descriptor holds
     * too: a module of its own, that the index does not re-export, so that a bundle of the form alone leaves out
     * the descriptor's response and callback.
     */
    postRequest: `${dir}/post-request.ts`,
    /**
     * What the client reads of an operation with a callback (its name, endpoints, interface version, status,
     * request and response), which its descriptor holds too: not re-exported either, so that a bundle of the
     * client function alone leaves out the callback's validator and field list.
     */
    clientCall: `${dir}/client-call.ts`,
    index: `${dir}/index.ts`,
  } as const;
};
