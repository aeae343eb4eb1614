import { Help } from "commander";
import type { CommanderError, HelpConfiguration } from "commander";

/** Headings of commander's help, in Vietnamese (cli.md: help and messages are in Vietnamese). */
const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tuỳ chọn:",
  "Arguments:": "Đối số:",
  "Commands:": "Lệnh:",
  "Global Options:": "Tuỳ chọn chung:",
};

/** `[options]` and `[command]` in a usage line; the option names themselves stay ASCII (scripts). */
const usageWords = (usage: string): string =>
  usage.replace(/\[options\]/g, "[tuỳ chọn]").replace(/\[command\]/g, "[lệnh]");

/** `(default: ".")`, `(choices: …)` as commander appends them to a description. */
const extraWords = (description: string): string =>
  description
    .replace(/\(default: /g, "(mặc định: ")
    .replace(/, default: /g, ", mặc định: ")
    .replace(/\(choices: /g, "(chọn một trong: ");

/**
 * The help overrides for `configureHelp`: commander 14 builds its help from these methods, so the
 * English words it adds around our Vietnamese descriptions are replaced where they are made.
 */
export const vietnameseHelp: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd) {
    return usageWords(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd) {
    return usageWords(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(this: Help, option) {
    return extraWords(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument) {
    return extraWords(Help.prototype.argumentDescription.call(this, argument));
  },
};

/** Commander's `(Did you mean …?)` line, as a Vietnamese suggestion. */
function suggestion(message: string): string {
  const match = /\(Did you mean (one of )?(.+)\?\)/.exec(message);
  if (match === null) return "";
  return match[1] !== undefined
    ? ` Có phải ý bạn là một trong: ${match[2]}?`
    : ` Có phải ý bạn là ${match[2]}?`;
}

/** The first quoted name in commander's message (`unknown option '-x'` → `-x`). */
const quotedName = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? "";

/**
 * A usage error of commander as one Vietnamese sentence and what to do (the message commander would
 * print in English). `command` is the command line's command, for the `--help` it points to.
 */
export function vietnameseUsageError(error: CommanderError, command: string): string {
  const help = `Xem cách dùng: ${command} --help`;
  const m = error.message;
  switch (error.code) {
    case "commander.unknownOption":
      return `không có tuỳ chọn "${quotedName(m)}".${suggestion(m)} ${help}`;
    case "commander.unknownCommand":
      return `không có lệnh "${quotedName(m)}".${suggestion(m)} Các lệnh: summarize, validate, batch, init, templates. Xem: thidua --help`;
    case "commander.missingArgument":
      return `thiếu đối số bắt buộc <${quotedName(m)}>. ${help}`;
    case "commander.optionMissingArgument":
      return `tuỳ chọn "${quotedName(m)}" cần một giá trị. ${help}`;
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(m);
      const detail = counts ? ` (nhận tối đa ${counts[1]}, nhưng có ${counts[2]})` : "";
      return `thừa đối số${detail}; tên tệp có dấu cách thì đặt trong ngoặc kép. ${help}`;
    }
    case "commander.conflictingOption":
      return `hai tuỳ chọn không dùng cùng nhau được: ${m.replace(/^error: /, "")}. ${help}`;
    case "commander.help":
      return `thiếu lệnh. ${help}`;
    default:
      return `${m.replace(/^error: /, "")}. ${help}`;
  }
}
