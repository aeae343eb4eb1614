import { describe, expect, it } from "vitest";
import type { SettledFolder } from "../../src/batch/name-out-folders.js";
import { nameOutFolders } from "../../src/batch/name-out-folders.js";

type Event = [index: number, key: string | null];

function settle(count: number, events: readonly Event[]): SettledFolder[] {
  const folders: SettledFolder[] = [];
  const order: number[] = [];
  const namer = nameOutFolders(count, (i, settled) => {
    order.push(i);
    folders[i] = settled;
  });
  for (const [i, key] of events) {
    if (key === null) namer.failed(i);
    else namer.named(i, key);
  }
  expect(order).toEqual(Array.from({ length: count }, (_, i) => i));
  return folders;
}

describe("nameOutFolders", () => {
  const keys: Event[] = [
    [0, "khoi-1-2023"],
    [1, "khoi-2-2023"],
    [2, "khoi-1-2023"],
    [3, null],
    [4, "khoi-1-2024"],
    [5, "khoi-1-2023"],
  ];
  const expected: SettledFolder[] = [
    { folder: "khoi-1-2023" },
    { folder: "khoi-2-2023" },
    { duplicateOf: 0 },
    null,
    { folder: "khoi-1-2024" },
    { duplicateOf: 0 },
  ];

  it.each([
    ["in input order", keys],
    ["in reverse order", [...keys].reverse()],
    ["shuffled", [keys[3], keys[5], keys[1], keys[0], keys[4], keys[2]] as Event[]],
  ])(
    "gives the same folders, and the same bloc given twice as a duplicate of the first (%s)",
    (_, events) => {
      expect(settle(6, events)).toEqual(expected);
    },
  );

  it("ignores a second word about the same bloc (named, then failed later)", () => {
    expect(
      settle(2, [
        [0, "a-2023"],
        [0, null],
        [1, "a-2023"],
      ]),
    ).toEqual([{ folder: "a-2023" }, { duplicateOf: 0 }]);
  });
});
