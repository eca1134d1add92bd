import { inject } from "vitest";

/**
 * The environment of a process that may reach the npm registry (npm install, npm pack): the tests' own, with the
 * NODE_EXTRA_CA_CERTS the run was started with (test/support/ca-certs-setup.ts takes it from the others), which a
 * registry behind a proxy of its own may need.
 */
export function registryEnv(): NodeJS.ProcessEnv {
  const certs = inject("extraCaCerts");
  return certs === null ? { ...process.env } : { ...process.env, NODE_EXTRA_CA_CERTS: certs };
}
