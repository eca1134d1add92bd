// vitest's global setup: the run's workers, and the processes the tests start,
// begin without NODE_EXTRA_CA_CERTS. Node 20 reads and parses the whole file it
// names as each process starts, some 50 ms of CPU for the system's bundle,
// whether or not the process ever opens a TLS connection; the tests start some
// sixty node processes, none of which reaches the network but npm installing a
// package the first time (test/support/consumer-project.ts), which gets the
// variable back from registryEnv (test/support/registry-env.ts).
import type { TestProject } from "vitest/node";

declare module "vitest" {
  interface ProvidedContext {
    /** NODE_EXTRA_CA_CERTS as the run was started with it, for the processes that may reach a registry. */
    extraCaCerts: string | null;
  }
}

export default function setup(project: TestProject): () => void {
  const certs = process.env["NODE_EXTRA_CA_CERTS"];
  project.provide("extraCaCerts", certs ?? null);
  delete process.env["NODE_EXTRA_CA_CERTS"];
  return () => {
    if (certs !== undefined) process.env["NODE_EXTRA_CA_CERTS"] = certs;
  };
}
