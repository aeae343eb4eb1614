import { MAX_JSON_DEPTH, TOO_DEEP } from "../../read/json-nesting.js";

/** Where a JSON text stops being JSON, and why, in Vietnamese. */
export interface JsonSyntaxError {
  /** 1-based line and column of the first character that is wrong. */
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const UNFINISHED = "tệp kết thúc khi JSON chưa trọn (thiếu } hoặc ])";
const VALUE_START = "cần một giá trị: số, chuỗi trong ngoặc kép, true, false, null, [ … ] hoặc { … }";

/**
 * Finds the first syntax error of a text `JSON.parse` refused. V8's messages are English and only
 * some of them give a position, so the text is scanned again by the JSON grammar (RFC 8259) to say
 * where and what, the way a secretary who edited the file in Notepad can act on.
 */
export function locateJsonError(text: string): JsonSyntaxError {
  let i = 0;
  const peek = () => text[i];
  const found = () =>
    i >= text.length ? "hết tệp" : text[i] === '"' ? "dấu ngoặc kép" : `"${text[i] ?? ""}"`;
  // Where the last value ended: a missing comma is shown there (end of the line), not at the next key.
  let end = 0;
  let depth = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const expect = (char: string, reason: string) => {
    if (peek() !== char) throw new Stop(i, `${reason}, nhưng gặp ${found()}`);
    i++;
  };
  const string = () => {
    if (peek() === "'") throw new Stop(i, "chuỗi phải đặt trong ngoặc kép \" \", không dùng ngoặc đơn ' '");
    expect('"', "cần một chuỗi trong ngoặc kép");
    for (;;) {
      const c = peek();
      if (c === undefined) throw new Stop(i, "chuỗi chưa có ngoặc kép đóng");
      if (c === '"') {
        i++;
        return;
      }
      if (c < " ") throw new Stop(i, "chuỗi không được xuống dòng hay chứa ký tự tab (viết \\n hoặc \\t)");
      if (c === "\\") {
        const e = text[i + 1] ?? "";
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== "" && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop(i, "dấu \\ trong chuỗi phải viết là \\\\ (đường dẫn Windows: dùng \\\\ hoặc /)");
      } else i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (match === null || match[0] === "-") throw new Stop(i, "số không hợp lệ");
    i += match[0].length;
    if (/^[\d.]/.test(text[i] ?? ""))
      throw new Stop(i, "số không hợp lệ (dùng dấu chấm thập phân, không có số 0 ở đầu)");
  };
  const value = (): void => {
    valueBody();
    end = i;
  };
  const valueBody = (): void => {
    space();
    const c = peek();
    if (c === "{" || c === "[") {
      // The scan recurses: 100 000 unclosed `[` would overflow the stack.
      if (depth === MAX_JSON_DEPTH) throw new Stop(i, TOO_DEEP);
      depth++;
      if (c === "{") object();
      else array();
      depth--;
      return;
    }
    if (c === '"' || c === "'") return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === undefined) throw new Stop(i, UNFINISHED);
    throw new Stop(i, `${VALUE_START}, nhưng gặp ${found()}`);
  };
  const object = () => {
    i++;
    space();
    if (peek() === "}") {
      i++;
      return;
    }
    for (;;) {
      space();
      if (peek() === "}") throw new Stop(i, "thừa dấu phẩy trước }");
      if (peek() !== '"' && peek() !== "'")
        throw new Stop(i, `cần tên khoá trong ngoặc kép ("tên": giá trị), nhưng gặp ${found()}`);
      string();
      space();
      expect(":", "thiếu dấu hai chấm : sau tên khoá");
      value();
      space();
      if (peek() === "}") {
        i++;
        return;
      }
      if (peek() === undefined) throw new Stop(i, UNFINISHED);
      if (peek() !== ",")
        throw new Stop(end, "thiếu dấu phẩy sau giá trị này (trước mục tiếp theo), hoặc thiếu }");
      i++;
    }
  };
  const array = () => {
    i++;
    space();
    if (peek() === "]") {
      i++;
      return;
    }
    for (;;) {
      space();
      if (peek() === "]") throw new Stop(i, "thừa dấu phẩy trước ]");
      value();
      space();
      if (peek() === "]") {
        i++;
        return;
      }
      if (peek() === undefined) throw new Stop(i, UNFINISHED);
      if (peek() !== ",")
        throw new Stop(end, "thiếu dấu phẩy sau phần tử này (trước phần tử tiếp theo), hoặc thiếu ]");
      i++;
    }
  };

  let at = 0;
  let reason = "JSON không hợp lệ";
  try {
    value();
    space();
    if (i < text.length) throw new Stop(i, `có nội dung thừa sau JSON: ${found()}`);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    at = error.at;
    reason = error.reason;
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, reason };
}
