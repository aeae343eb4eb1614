/**
 * The colours the CLI prints with, as ANSI escapes: the basic ones every terminal shows (Windows
 * Terminal and the console of Windows 10 and later included), or none.
 */
export interface Colors {
  bold: (text: string) => string;
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
  cyan: (text: string) => string;
  gray: (text: string) => string;
}

/**
 * A style: its opening code before the text and its closing code after. A closing code of the same
 * kind inside the text (a colour nested in a colour) opens this style again after it, and each line
 * is closed and opened again, so that a line read alone keeps its colour and none leaks past it.
 */
function style(open: number, close: number): (text: string) => string {
  const on = `\u001b[${open}m`;
  const off = `\u001b[${close}m`;
  return (text) =>
    text === ""
      ? ""
      : on + text.replaceAll(off, off + on).replace(/\r?\n/g, (lineEnd) => off + lineEnd + on) + off;
}

/** Colour on. */
export const ANSI_COLORS: Colors = {
  bold: style(1, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  cyan: style(36, 39),
  gray: style(90, 39),
};

const plain = (text: string): string => text;

/** Colour off. */
export const NO_COLORS: Colors = {
  bold: plain,
  red: plain,
  green: plain,
  yellow: plain,
  cyan: plain,
  gray: plain,
};
