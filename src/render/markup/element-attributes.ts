/*
 * The attributes each element of the document markup may have (templates/README.md), with their
 * defaults and the message when a template writes something else: the one definition of them. The
 * document structure's attribute types are read from it (document-structure.ts).
 *
 * Plain functions rather than a schema library: loading zod/mini cost each `summarize` about 6% of its
 * CPU time (about 40 ms on samples/khoi-14, paired runs), for checks this small. The messages are the
 * ones the schemas gave (templates/README.md quotes one), clearer where a schema's was generic.
 */

/** An element's attributes as the markup parser gives them. */
export type Attributes = Readonly<Record<string, string>>;

/** A wrong attribute value: what the attribute takes. */
class Invalid {
  constructor(readonly message: string) {}
}

/** Reads one attribute: its value (`undefined` when absent) → what the document gets, or `Invalid`. */
type Attribute<T> = (value: string | undefined) => T | Invalid;

type ValueOf<A> = A extends Attribute<infer T> ? T : never;

/**
 * The attributes an element's readers give. An attribute whose reader may give `undefined` (an
 * optional one, absent) is an optional key, absent from the result as from the markup.
 */
export type AttributesOf<S> = {
  [K in keyof S as undefined extends ValueOf<S[K]> ? never : K]: ValueOf<S[K]>;
} & { [K in keyof S as undefined extends ValueOf<S[K]> ? K : never]?: Exclude<ValueOf<S[K]>, undefined> };

/** An element's attributes read, or the message of the first thing wrong with them. */
export type AttributeRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** The reader of an element's attributes: only the names of `shape`, each read by its reader. */
function element<S extends Record<string, Attribute<unknown>>>(
  shape: S,
): (attributes: Attributes) => AttributeRead<AttributesOf<S>> {
  const names = Object.keys(shape);
  return (attributes) => {
    const out: Record<string, unknown> = {};
    // Indexed loops, here and in the other steps run per cell: see README, "Speed".
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === undefined) continue;
      const value = (shape[name] as Attribute<unknown>)(
        Object.hasOwn(attributes, name) ? attributes[name] : undefined,
      );
      if (value instanceof Invalid) return { ok: false, message: `attribute ${name}: ${value.message}` };
      if (value !== undefined) out[name] = value;
    }
    // An attribute the element does not have: all such are named at once.
    for (const name in attributes) {
      if (Object.hasOwn(shape, name)) continue;
      const unknown = Object.keys(attributes).filter((n) => !Object.hasOwn(shape, n));
      return { ok: false, message: `has no attribute "${unknown.join('", "')}"` };
    }
    // `out` holds each name of the shape read by its own reader.
    return { ok: true, value: out as AttributesOf<S> };
  };
}

/** One of `values`; `fallback` when absent (an optional attribute has none). */
function oneOf<const T extends string, F extends T | undefined>(
  values: readonly T[],
  fallback: F,
): Attribute<T | F> {
  const message = `Invalid option: expected one of ${values.map((v) => `"${v}"`).join("|")}`;
  return (value) => {
    if (value === undefined) return fallback;
    return (values as readonly string[]).includes(value) ? (value as T) : new Invalid(message);
  };
}

/** Yes or no: a bare attribute (`<tr header>`) or `"true"` is yes, `"false"` no. */
const flag: Attribute<boolean> = (value) => {
  if (value === undefined || value === "false") return false;
  return value === "" || value === "true" ? true : new Invalid('expected no value, "true" or "false"');
};

const FONT_SIZE = /^\d{1,2}(\.5)?$/;

/** A font size in points, whole or half (`13`, `12.5`), 6 to 40. */
function fontSize<F extends number | undefined>(fallback: F): Attribute<number | F> {
  return (value) => {
    if (value === undefined) return fallback;
    if (!FONT_SIZE.test(value)) return new Invalid("expected a font size in points, e.g. 13");
    const points = Number(value);
    return points >= 6 && points <= 40 ? points : new Invalid("a font size must be 6 to 40 points");
  };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** A number above zero written as digits (`3`, `12.5`). */
function positive(what: string): Attribute<number> {
  return (value) => {
    const n = value !== undefined && DECIMAL.test(value) ? Number(value) : 0;
    return Number.isFinite(n) && n > 0 ? n : new Invalid(`expected ${what}`);
  };
}

/** `auto`, or a value of `read`. */
function autoOr<T>(read: Attribute<T>): Attribute<T | "auto"> {
  return (value) => (value === "auto" ? "auto" : read(value));
}

/** An optional attribute: `undefined` when absent, else read by `read`. */
function optional<T>(read: Attribute<T>): Attribute<T | undefined> {
  return (value) => (value === undefined ? undefined : read(value));
}

const WHOLE = /^\d+$/;

/** A whole number from 1 to `max`. */
function whole(what: string, max: number, fallback: number): Attribute<number> {
  return (value) => {
    if (value === undefined) return fallback;
    const n = WHOLE.test(value) ? Number(value) : 0;
    return n >= 1 && n <= max ? n : new Invalid(`expected ${what}`);
  };
}

const TWO_WIDTHS = /^\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/;

/** Two relative widths, `"40,60"`. */
const twoWidths: Attribute<[number, number]> = (value) => {
  if (value === undefined) return [40, 60];
  if (!TWO_WIDTHS.test(value)) return new Invalid('expected two relative widths, e.g. "40,60"');
  const [left = 0, right = 0] = value.split(",").map(Number);
  return [left, right];
};

/** Any text; `fallback` when absent. */
const textOr =
  (fallback: string): Attribute<string> =>
  (value) =>
    value ?? fallback;

const ALIGN = ["left", "center", "right", "justify"] as const;
const level: Attribute<number> = (value) => {
  const read = oneOf(["1", "2", "3"], "1")(value);
  return read instanceof Invalid ? read : Number(read);
};

/** Each element's attributes, by element name (templates/README.md "The document markup"). */
export const ELEMENT_ATTRIBUTES = {
  /** Elements that take none: `<title>`, `<row>`, `<signature>`, `<page-break/>`… */
  none: element({}),
  document: element({
    /** `auto`: landscape A4 when a table's minimum column widths do not fit portrait (the wide matrix). */
    orientation: oneOf(["portrait", "landscape", "auto"], "portrait"),
  }),
  heading: element({ level }),
  p: element({
    align: oneOf(ALIGN, "justify"),
    /** First-line indent 1.27 cm (the default for body text) or none. */
    indent: oneOf(["first-line", "none"], undefined),
    bold: flag,
    italic: flag,
    size: fontSize(undefined),
    "keep-next": flag,
  }),
  table: element({ size: fontSize(13) }),
  col: element({
    /** Relative width: the columns share the text width in proportion. */
    width: positive("a relative width, e.g. 3"),
    /**
     * Minimum width in millimetres, or `auto`: the widest word of the column's cells, so numbers
     * never wrap. Minimums decide `orientation="auto"`.
     */
    min: optional(autoOr(positive('a width in millimetres, e.g. 12, or "auto"'))),
  }),
  tr: element({
    /** A header row: bold, repeated at the top of each page. */
    header: flag,
    bold: flag,
  }),
  td: element({
    align: oneOf(ALIGN, "left"),
    valign: oneOf(["top", "center", "bottom"], "center"),
    colspan: whole("a number of columns, 1 or more", 200, 1),
    rowspan: whole("a number of rows, 1 or more", 1000, 1),
    bold: flag,
    italic: flag,
    /** Text written bottom to top: long column headings over narrow columns (unit codes in a matrix). */
    vertical: flag,
  }),
  /** Relative widths of the two columns. */
  "header-block": element({ widths: twoWidths }),
  line: element({
    align: oneOf(ALIGN, "center"),
    bold: flag,
    italic: flag,
    size: fontSize(undefined),
    /** A rule under the line: `short` (about 2/5 of the text), `text` (as long as the text). */
    rule: oneOf(["none", "short", "text"], "none"),
  }),
  recipients: element({ title: textOr("Nơi nhận:") }),
  "sign-space": element({ lines: whole("a number of lines, 1 to 10", 10, 4) }),
};

/** The attributes of an element of `ELEMENT_ATTRIBUTES`. */
export type ElementAttributes<K extends keyof typeof ELEMENT_ATTRIBUTES> =
  ReturnType<(typeof ELEMENT_ATTRIBUTES)[K]> extends AttributeRead<infer T> ? T : never;
