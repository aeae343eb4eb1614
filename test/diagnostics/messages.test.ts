import { describe, expect, it } from "vitest";
import { messages } from "../../src/diagnostics/messages.js";
import { commandsMessages } from "../../src/diagnostics/messages/commands-messages.js";
import { documentsMessages } from "../../src/diagnostics/messages/documents-messages.js";
import { readMessages } from "../../src/diagnostics/messages/read-messages.js";
import { realLayoutsMessages } from "../../src/diagnostics/messages/real-layouts-messages.js";
import { rulesMessages } from "../../src/diagnostics/messages/rules-messages.js";
import { validateMessages } from "../../src/diagnostics/messages/validate-messages.js";

describe("the message tables", () => {
  it("give each code its message in one stage's table only (a second one would silently win)", () => {
    const tables = [
      readMessages,
      validateMessages,
      realLayoutsMessages,
      rulesMessages,
      documentsMessages,
      commandsMessages,
    ];
    const codes = tables.flatMap((t) => Object.keys(t));
    expect(codes.length).toBe(new Set(codes).size);
    expect(codes.sort()).toEqual(Object.keys(messages).sort());
  });
});
