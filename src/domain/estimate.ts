/**
 * Price estimates (预估费用) for a visit. Money is integer fen: 1 yuan = 100 fen.
 */
import type { PartStock, ServiceItem } from "./board/types.js";

export interface EstimateLine {
  serviceCode: string;
  name: string;
  labourHours: number;
  labourFen: number;
  partsFen: number;
  totalFen: number;
  parts: Array<{ partCode: string; name: string; quantity: number; priceFen: number }>;
}

export interface Estimate {
  lines: EstimateLine[];
  labourHours: number;
  labourFen: number;
  partsFen: number;
  totalFen: number;
}

const FEN_PER_YUAN = 100;
/** Decimal places kept when summing labour hours, so 0.1 + 0.2 reads 0.3. */
const HOURS_DECIMALS = 4;

/**
 * Price a visit: labour at each job's labourPriceFen plus its parts at catalogue price. Throws a clear Error
 * naming the part code when a part is missing from the catalogue. Each part entry's `priceFen` is the line
 * price, unit price × quantity.
 */
export function estimateVisit(jobs: readonly ServiceItem[], parts: readonly PartStock[]): Estimate {
  const catalogue = new Map(parts.map((part) => [part.code, part]));

  const lines = jobs.map((job): EstimateLine => {
    const lineParts = job.parts.map((requirement) => {
      const part = catalogue.get(requirement.partCode);
      if (part === undefined) {
        throw new Error(
          `Part '${requirement.partCode}' of service item '${job.code}' not found in the parts catalogue. ` +
            "Add the part or fix the service item.",
        );
      }
      return {
        partCode: part.code,
        name: part.name,
        quantity: requirement.quantity,
        priceFen: part.priceFen * requirement.quantity,
      };
    });
    const partsFen = lineParts.reduce((sum, part) => sum + part.priceFen, 0);
    return {
      serviceCode: job.code,
      name: job.name,
      labourHours: job.labourHours,
      labourFen: job.labourPriceFen,
      partsFen,
      totalFen: job.labourPriceFen + partsFen,
      parts: lineParts,
    };
  });

  const labourFen = lines.reduce((sum, line) => sum + line.labourFen, 0);
  const partsFen = lines.reduce((sum, line) => sum + line.partsFen, 0);
  const labourHours = roundHours(lines.reduce((sum, line) => sum + line.labourHours, 0));
  return { lines, labourHours, labourFen, partsFen, totalFen: labourFen + partsFen };
}

/**
 * Format fen as yuan for customers: 38000 → "380元", 38050 → "380.50元".
 * A negative amount keeps its sign: -1250 → "-12.50元". Throws a RangeError for a non-integer amount.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`Invalid amount ${fen} fen: expected a whole number of fen (1 yuan = 100 fen).`);
  }

  const sign = fen < 0 ? "-" : "";
  const absolute = Math.abs(fen);
  const yuan = Math.floor(absolute / FEN_PER_YUAN);
  const cents = absolute % FEN_PER_YUAN;
  if (cents === 0) return `${sign}${yuan}元`;
  return `${sign}${yuan}.${String(cents).padStart(2, "0")}元`;
}

function roundHours(hours: number): number {
  const factor = 10 ** HOURS_DECIMALS;
  return Math.round(hours * factor) / factor;
}
