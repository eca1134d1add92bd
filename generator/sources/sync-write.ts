import type { SpecInput } from "../load/spec-files.js";
import type { SyncCheck } from "./sync-check.js";

export async function syncSpec(_input: SpecInput, _checked: SyncCheck, _options: { family: string | null }): Promise<{ ok: boolean; messages: string[] }> {
  return { ok: false, messages: ["not yet"] };
}
