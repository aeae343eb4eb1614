import type { Bloc } from "../model/bloc.js";
import { toPoints } from "../model/points.js";
import type { JsonStructure } from "./json-schemas.js";
import { rulesToJson } from "../validate/rules/rule-settings.js";

/**
 * What the bloc's workbook set up and next year keeps (`thidua init --from`): the `Thông tin` facts that
 * outlast a year, the units in `Đơn vị` order with their rotation marks, the criteria and the rules.
 * Kept in `ket-qua.json` so that an output folder alone can start the next year.
 */
export function blocStructure(bloc: Bloc): JsonStructure {
  const { info } = bloc;
  return {
    info: {
      council: info.council,
      authority: info.authority,
      place: info.place,
      venue: info.venue,
      signer: info.signer,
      signerTitle: info.signerTitle,
      format: info.format,
    },
    units: bloc.units.map((u) => ({
      code: u.code,
      name: u.name,
      rotationOrder: u.rotationOrder,
      noRotation: u.noRotation,
    })),
    criteria: bloc.criteria.map((c) => ({
      code: c.code,
      content: c.content,
      max: toPoints(c.max),
      type: c.type,
      group: c.group,
    })),
    rules: rulesToJson(bloc.rules),
  };
}
