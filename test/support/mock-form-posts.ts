// A POST interface's form as a test posts it to the mock's Paypage: its fields
// urlencoded to its action, as a browser posts them, and the same form
// declaring another InterfaceVersion, which is outside the seal (over Data
// alone), so it still verifies: a form built by code other than paypagePostForm.
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";

/** The form with another InterfaceVersion. */
export const declaring = (form: PaypageForm, interfaceVersion: string): PaypageForm => ({
  ...form,
  fields: form.fields.map((f) => (f.name === "InterfaceVersion" ? { ...f, value: interfaceVersion } : f)),
});

/** The form posted to its action: the status and the page of the answer. */
export async function post(form: PaypageForm): Promise<{ status: number; text: string }> {
  const body = new URLSearchParams(form.fields.map((f): [string, string] => [f.name, f.value])).toString();
  const reply = await fetch(form.action, { method: "POST", body });
  return { status: reply.status, text: await reply.text() };
}
