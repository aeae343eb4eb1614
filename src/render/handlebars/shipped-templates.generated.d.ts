// The shape of shipped-templates.generated.js, which `npm run build` writes (precompile-templates.ts).

/** A shipped template, precompiled. */
export interface ShippedTemplate {
  /** `bao-cao-tong-ket.hbs` or `partials/header-block.hbs`. */
  name: string;
  /** `templates/bao-cao-tong-ket.hbs`. */
  display: string;
  /** The text it was precompiled from. */
  source: string;
  /** Where each path expression is, and how it was written (PathIndex entries). */
  paths: Array<[string, string]>;
  /** Handlebars' template specification, for `Handlebars.template`. */
  spec: unknown;
}

/** The partials are the last `PARTIAL_COUNT` of `SHIPPED_TEMPLATES`. */
export declare const PARTIAL_COUNT: number;
/** All documents, then all partials: the order their source markers are numbered in. */
export declare const SHIPPED_TEMPLATES: readonly ShippedTemplate[];
