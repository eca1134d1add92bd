/** What the user reads when the generator itself failed (exit 2): the stack is what a report needs. */
export const failureText = (error: unknown): string =>
  `generator failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
