import type { DiagnosticCode } from "../model/diagnostic-code.js";
import { commandsMessages } from "./messages/commands-messages.js";
import { documentsMessages } from "./messages/documents-messages.js";
import type { MessageSpec } from "./messages/message-spec.js";
import { readMessages } from "./messages/read-messages.js";
import { realLayoutsMessages } from "./messages/real-layouts-messages.js";
import { rulesMessages } from "./messages/rules-messages.js";
import { validateMessages } from "./messages/validate-messages.js";

/**
 * Every diagnostic code's Vietnamese message, by the stage that finds it. The type asks for a message
 * for each code of model/diagnostic-code.ts, and each stage's table allows no other key.
 */
export const messages: Readonly<Record<DiagnosticCode, MessageSpec>> = {
  ...readMessages,
  ...validateMessages,
  ...realLayoutsMessages,
  ...rulesMessages,
  ...documentsMessages,
  ...commandsMessages,
};
