import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DOCUMENT_IDS, DOCUMENTS } from "../../src/render/document-ids.js";
import { compileTemplates } from "../../src/render/handlebars/compile-templates.js";
import { precompileShippedTemplates } from "../../src/render/handlebars/precompile-templates.js";
import { precompiledTemplates } from "../../src/render/handlebars/precompiled-templates.js";
import { loadTemplateFiles } from "../../src/render/load-template-files.js";
import { achievementReportView } from "../../src/view/achievement-report-view.js";
import { buildViewModel } from "../../src/view/build-view-model.js";
import { cumFixture, partyFixture, wideFixture } from "../helpers/document-fixture.js";

const GENERATED = new URL("../../generated/shipped-templates.js", import.meta.url);

describe("the shipped templates, precompiled at build time", () => {
  it("are what the templates folder precompiles to now (the build ran after the last edit)", async () => {
    expect(await readFile(GENERATED, "utf8")).toBe(await precompileShippedTemplates());
  });

  it("render the same markup as the templates compiled at run time", async () => {
    const { documents, partials } = loadTemplateFiles(DOCUMENT_IDS);
    const precompiled = precompiledTemplates(documents, partials);
    expect(precompiled).not.toBeNull();
    const compiled = compileTemplates(documents, partials);
    expect(precompiled?.files).toEqual(compiled.files);
    // The Cụm fixture has units named with & < > " and with {{…}}.
    for (const { bloc, result } of [cumFixture(), partyFixture(), wideFixture()]) {
      const view = buildViewModel(bloc, result);
      for (const id of DOCUMENT_IDS) {
        const { template, forAwards } = DOCUMENTS[id];
        // An achievement report sees its unit's report beside the bloc's view: the first proposed unit's.
        const first = forAwards === undefined ? undefined : result.proposals[0]?.units[0];
        const context = first === undefined ? view : achievementReportView(bloc, result, view, first);
        expect(precompiled?.render(template, context)).toBe(compiled.render(template, context));
      }
    }
  });

  it("are not used when a file differs from the one precompiled", async () => {
    const { documents, partials } = loadTemplateFiles(DOCUMENT_IDS);
    const edited = partials.map((p, i) => (i === 0 ? { ...p, source: `${p.source}\n` } : p));
    expect(precompiledTemplates(documents, edited)).toBeNull();
    const own = documents.map((d, i) => (i === 0 ? { ...d, display: `mine/${d.name}` } : d));
    expect(precompiledTemplates(own, partials)).toBeNull();
    expect(precompiledTemplates(documents, partials.slice(1))).toBeNull();
  });
});
