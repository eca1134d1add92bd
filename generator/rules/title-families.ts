// The product families a saved response page's title names. Sips titles the
// page of what it posts back after the product it comes back from
// ("Automatic and manual response Walletpage", "... Paypage et InApp"): the
// one fact that tells two such pages apart for sure, their fields being
// partly shared and growing with each release.

/** The families of `families` that `title` names as words (case and what is not a letter or digit aside: "InApp" is In-App), in the title's order. */
export function titleFamilies(title: string, families: Iterable<string>): string[] {
  const words = title.split(/\s+/).map(bareWord);
  return [...new Set(families)]
    .filter((family) => words.includes(bareWord(family)))
    .sort((a, b) => words.indexOf(bareWord(a)) - words.indexOf(bareWord(b)));
}

const bareWord = (word: string): string => word.toLowerCase().replace(/[^a-z0-9]+/g, "");
