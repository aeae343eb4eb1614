import type { Bloc } from "../model/bloc.js";
import type { Location } from "../model/diagnostic.js";

/**
 * The `Đơn vị` table as a location: where a bloc-wide finding about units (a tie, too few units to
 * rotate) is fixed. The sheet is taken from the units' own locations, as the secretary named it.
 */
export function unitsLocation(bloc: Pick<Bloc, "file" | "units">): Location {
  const sheet = bloc.units[0]?.location.sheet;
  return sheet === undefined ? { file: bloc.file } : { file: bloc.file, sheet };
}
