// The literal sets of keylint's own rules, worked out by the build (scripts/build.mjs puts literalTable's answer in
// place of this module in dist/): a run then neither analyses the regexes (10-40 ms of a cold process) nor waits
// to gate. From sources there is no table, and each detector analyses its rules as it needs them.

/**
 * A unit's literal sets (engine.ts): rare ones its block must hold, found in the keyword pass (`gates`); those every
 * match holds (`window`); those its nearby conditions need in its block (`block`).
 */
export interface UnitLiterals {
  gates: string[][];
  window: string[][];
  block: string[][];
}

/** Literal sets by unit signature: taken only for a unit whose pattern and nearby conditions are still the same. */
export type LiteralTable = Record<string, UnitLiterals>;

export const BUILT_IN_LITERALS: LiteralTable | undefined = undefined;
