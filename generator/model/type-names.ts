import { pascalCase } from "./names.js";

/** Name of a container field's interface: its typeName, else its name in PascalCase. */
export const containerTypeName = (fieldName: string, typeName: string | undefined): string => typeName ?? pascalCase(fieldName);

/** Name of a list item's interface: its typeName, else the list's name without "List" (cardDataList -> CardData), else with "Item". */
export function itemTypeName(listName: string, typeName: string | undefined): string {
  if (typeName !== undefined) return typeName;
  return listName.endsWith("List") && listName.length > 4 ? pascalCase(listName.slice(0, -4)) : `${pascalCase(listName)}Item`;
}
