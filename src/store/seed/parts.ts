/**
 * Demo parts with prices and stock. Money is integer fen (1 yuan = 100 fen).
 * Front brake pads, wiper blades and the 19-inch tyre are out of stock. The recall part is out of stock too,
 * but it is on order and arrives a few days after `now`.
 */
import type { Prisma } from "../generated/client.js";
import { DEMO_DEALERSHIP_ID } from "./workshop.js";

const MS_PER_DAY = 86_400_000;

/** Days after the seed's `now` when the ordered recall part (fuel pump control module) is expected. */
export const RECALL_PART_ARRIVAL_DAYS = 4;

interface PartSpec {
  code: string;
  name: string;
  priceFen: number;
  onHand: number;
  leadDays: number;
}

const PART_SPECS: readonly PartSpec[] = [
  { code: "oil-5w30", name: "全合成机油 5W-30（4L）", priceFen: 42_000, onHand: 24, leadDays: 3 },
  { code: "oil-filter", name: "机油滤清器", priceFen: 6_800, onHand: 30, leadDays: 3 },
  { code: "air-filter", name: "空气滤清器", priceFen: 12_000, onHand: 12, leadDays: 3 },
  { code: "cabin-filter", name: "空调滤清器", priceFen: 15_000, onHand: 10, leadDays: 3 },
  { code: "spark-plug", name: "火花塞", priceFen: 9_000, onHand: 16, leadDays: 3 },
  { code: "brake-pads-front", name: "前刹车片（套）", priceFen: 68_000, onHand: 0, leadDays: 5 },
  { code: "brake-pads-rear", name: "后刹车片（套）", priceFen: 52_000, onHand: 4, leadDays: 5 },
  { code: "brake-fluid", name: "DOT4 刹车油（1L）", priceFen: 9_800, onHand: 8, leadDays: 3 },
  { code: "tyre-225-55r18", name: "轮胎 225/55 R18", priceFen: 120_000, onHand: 8, leadDays: 4 },
  { code: "tyre-235-45r19", name: "轮胎 235/45 R19", priceFen: 145_000, onHand: 0, leadDays: 7 },
  { code: "refrigerant", name: "空调冷媒 R1234yf", priceFen: 35_000, onHand: 6, leadDays: 3 },
  { code: "ac-cleaner", name: "空调管路清洗剂", priceFen: 8_800, onHand: 10, leadDays: 3 },
  { code: "battery-70ah", name: "蓄电池 12V 70Ah", priceFen: 98_000, onHand: 3, leadDays: 3 },
  { code: "wiper-blades", name: "雨刮片（对）", priceFen: 22_000, onHand: 0, leadDays: 3 },
  { code: "gearbox-oil", name: "自动变速箱油（1L）", priceFen: 15_000, onHand: 12, leadDays: 4 },
  { code: "paint-kit", name: "漆面修补材料（单面）", priceFen: 30_000, onHand: 5, leadDays: 3 },
  // The manufacturer supplies recall parts free of charge, so the estimate shows no parts cost.
  { code: "fuel-pump-module", name: "燃油泵控制模块（召回件）", priceFen: 0, onHand: 0, leadDays: 7 },
  { code: "bulb-h7", name: "H7 大灯灯泡", priceFen: 6_000, onHand: 20, leadDays: 3 },
  { code: "coolant", name: "防冻冷却液（1L）", priceFen: 7_800, onHand: 10, leadDays: 3 },
  { code: "washer-fluid", name: "玻璃清洗液（2L）", priceFen: 1_500, onHand: 40, leadDays: 2 },
];

/** Return the part id for a part code: "oil-5w30" → "part-oil-5w30". */
export function partId(code: string): string {
  return `part-${code}`;
}

/** Build the parts. Only the recall part is on order, arriving RECALL_PART_ARRIVAL_DAYS after `now`. */
export function demoParts(now: Date): Prisma.PartCreateManyInput[] {
  const recallPartArrival = new Date(now.getTime() + RECALL_PART_ARRIVAL_DAYS * MS_PER_DAY);
  return PART_SPECS.map((spec) => ({
    id: partId(spec.code),
    dealershipId: DEMO_DEALERSHIP_ID,
    code: spec.code,
    name: spec.name,
    priceFen: spec.priceFen,
    onHand: spec.onHand,
    leadDays: spec.leadDays,
    expectedArrivalAt: spec.code === "fuel-pump-module" ? recallPartArrival : null,
  }));
}

/** Return the price of a part code in fen. Throws for a code missing from the demo parts. */
export function partPriceFen(code: string): number {
  const spec = PART_SPECS.find((part) => part.code === code);
  if (spec === undefined) {
    throw new Error(`Unknown demo part code '${code}'. Add it to PART_SPECS in src/store/seed/parts.ts.`);
  }
  return spec.priceFen;
}
