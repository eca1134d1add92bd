import type Handlebars from "handlebars";

/** What Handlebars hands a block helper besides its argument (the part of `HelperOptions` used here). */
interface BlockOptions {
  readonly name: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
}

/**
 * Makes `{{#each}}` and `{{#with}}` throw when given a value the view does not
 * have. Strict mode throws on a missing `{{field}}` but looks up a block
 * helper's argument leniently, so a loop over a field the view lacks (a view
 * renamed, a template not) renders nothing, silently: a table without rows.
 * An empty list is a value and renders nothing, as before; only `undefined`
 * throws. `{{#if}}` and `{{#unless}}` stay lenient: an optional field that is
 * absent is what they test.
 */
export function makeBlocksStrict(hbs: typeof Handlebars): void {
  for (const name of ["each", "with"]) {
    const builtIn = hbs.helpers[name] as Handlebars.HelperDelegate | undefined;
    if (builtIn === undefined) throw new Error(`Handlebars has no built-in ${name} helper`);
    hbs.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as BlockOptions;
      if (args.length < 2 || args[0] === undefined) {
        const at = options.loc ? ` at ${options.loc.start.line}:${options.loc.start.column + 1}` : "";
        throw new Error(`{{#${options.name}}}${at} is given a value the view does not have`);
      }
      return builtIn.apply(this, args as Parameters<Handlebars.HelperDelegate>);
    });
  }
}
