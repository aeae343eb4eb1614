import type Handlebars from "handlebars";
import * as runtimeModule from "handlebars/runtime";
import { PARTIAL_COUNT, SHIPPED_TEMPLATES } from "../../../generated/shipped-templates.js";
import {
  boundary,
  partialName,
  registerHelpers,
  templateSet,
  type Compiled,
  type CompiledTemplates,
  type TemplateFile,
} from "./template-environment.js";

/** `handlebars/runtime` is CommonJS without types of its own: its export is the runtime environment. */
const runtime = (runtimeModule as unknown as { default: typeof Handlebars }).default;

let shippedSet: CompiledTemplates | null = null;

/**
 * The shipped templates, precompiled at build time and run by the Handlebars runtime alone, when
 * the render's files are exactly them: each requested document and every partial is the shipped
 * file (not the user's `--templates` copy) with the text it was precompiled from. Otherwise null,
 * and the caller compiles (a template edited after the build is never run stale).
 */
export function precompiledTemplates(
  documents: readonly TemplateFile[],
  partials: readonly TemplateFile[],
): CompiledTemplates | null {
  const shipped = new Map(SHIPPED_TEMPLATES.map((t) => [t.name, t]));
  if (partials.length !== PARTIAL_COUNT) return null;
  for (const file of [...documents, ...partials]) {
    const template = shipped.get(file.name);
    if (template?.display !== file.display || template.source !== file.source) return null;
  }
  return (shippedSet ??= shippedTemplates());
}

function shippedTemplates(): CompiledTemplates {
  const hb = runtime.create();
  registerHelpers(hb);
  const firstPartial = SHIPPED_TEMPLATES.length - PARTIAL_COUNT;
  const byName = new Map<string, Compiled>();
  SHIPPED_TEMPLATES.forEach((template, i) => {
    const spec = template.spec as TemplateSpecification; // written by Handlebars.precompile
    const compiled = boundary(hb.template(spec) as Compiled, template.display, new Map(template.paths));
    if (i >= firstPartial) hb.registerPartial(partialName(template), compiled);
    else byName.set(template.name, compiled);
  });
  return templateSet(
    SHIPPED_TEMPLATES.map((t) => t.display),
    byName,
  );
}
