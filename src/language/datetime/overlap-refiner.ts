import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * Drops results that overlap a longer one, as chrono's own OverlapRemovalRefiner does, so that
 * 大后天 beats 后天 and 下个月3号 beats 3号. Of two equally long results the earlier one stays.
 */
export class OverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((first, second) => first.index - second.index);
    const kept: ParsingResult[] = [];

    for (const result of sorted) {
      const previous = kept[kept.length - 1];
      if (previous === undefined || result.index >= previous.index + previous.text.length) {
        kept.push(result);
      } else if (result.text.length > previous.text.length) {
        kept[kept.length - 1] = result;
      }
    }
    return kept;
  }
}
