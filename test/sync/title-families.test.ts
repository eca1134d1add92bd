// The families a response page's title names, as words whatever their case or
// punctuation ("InApp" is In-App), in the title's order, each once.
import { expect, test } from "vitest";
import { titleFamilies } from "../../generator/rules/title-families.js";

const FAMILIES = ["In-App", "Office", "Paypage", "Walletpage"];

test("a family named in another case or spelling is found: letters and digits alone, case aside", () => {
  expect(titleFamilies("Automatic and manual response WALLETPAGE", FAMILIES)).toEqual(["Walletpage"]);
  expect(titleFamilies("Réponse manuelle et automatique InApp", FAMILIES)).toEqual(["In-App"]);
});

test("families come in the title's order, not the spec's, each once", () => {
  expect(titleFamilies("Automatic and manual response Walletpage et Paypage", [...FAMILIES, "Paypage"])).toEqual([
    "Walletpage",
    "Paypage",
  ]);
  expect(titleFamilies("Response InApp and Paypage", [...FAMILIES].reverse())).toEqual(["In-App", "Paypage"]);
});

test("a word that only contains a family's name is not that family", () => {
  expect(titleFamilies("Automatic and manual response Paypages", FAMILIES)).toEqual([]);
});
