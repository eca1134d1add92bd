import { formOf, inForm, toEdit, type TextForm } from "./text-form.js";
import { YamlEditor } from "./yaml-text.js";

/** Editors by spec file (relPath), each over the file's current text, whose form (text-form.ts) its result keeps. */
export class SpecEditors {
  private readonly editors = new Map<string, { readonly editor: YamlEditor; readonly form: TextForm }>();
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  of(relPath: string): YamlEditor {
    let edited = this.editors.get(relPath);
    if (!edited) {
      const text = this.texts.get(relPath) ?? "";
      const form = formOf(text);
      edited = { editor: new YamlEditor(toEdit(text, form)), form };
      this.editors.set(relPath, edited);
    }
    return edited.editor;
  }

  /** relPath -> new text, for the files whose text changed. */
  changed(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [relPath, { editor, form }] of this.editors) {
      const result = editor.result();
      if (result !== editor.text) out.set(relPath, inForm(result, form));
    }
    return out;
  }
}
