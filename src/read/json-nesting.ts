/**
 * The JSON files thidua reads (a `--rules` file, last year's `ket-qua.json`) nest two or three
 * levels. JSON.parse takes any depth, but what comes after it recurses (the schema check, writing a
 * value back into a message, the locator of a syntax error): 100 000 nested lists overflow the
 * stack. Deeper than this is refused as a file that is not what it should be.
 */
export const MAX_JSON_DEPTH = 64;

/** True when parsed JSON nests lists or objects more than `MAX_JSON_DEPTH` deep (walked without recursion). */
export function nestedTooDeep(value: unknown): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth > MAX_JSON_DEPTH) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

/** The reason given for such a file, in Vietnamese. */
export const TOO_DEEP = `JSON lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng { } hoặc [ ])`;
