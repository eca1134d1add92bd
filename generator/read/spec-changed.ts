// A spec file read late in a run (its text asked for only when a diagnostic
// places something in it, or its remembered parse is lost) that is no longer
// the text the run keyed: saved or removed during the run. The disk's state,
// not a bug: the command says so and exits 1, as for a locked folder.

/** A spec file changed or removed while a run used it: run the command again. */
export class SpecChanged extends Error {
  override readonly name = "SpecChanged";
}
