import { YamlEditor } from "./yaml-text.js";

/** Editors by spec file (relPath), each over the file's current text. */
export class SpecEditors {
  private readonly editors = new Map<string, YamlEditor>();
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  of(relPath: string): YamlEditor {
    let editor = this.editors.get(relPath);
    if (!editor) {
      editor = new YamlEditor(this.texts.get(relPath) ?? "");
      this.editors.set(relPath, editor);
    }
    return editor;
  }

  /** relPath -> new text, for the files whose text changed. */
  changed(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [relPath, editor] of this.editors)
      if (editor.result() !== editor.text) out.set(relPath, editor.result());
    return out;
  }
}
