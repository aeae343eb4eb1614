/** `A, B và C`: names in a sentence, as the seed reports list units. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} và ${names[names.length - 1] ?? ""}`;
}
