/**
 * Demo service catalogue: the jobs customers book, with labour hours, labour price in fen, the words
 * customers use for them and the parts one job needs, plus the maintenance intervals.
 */
import type { Prisma } from "../generated/client.js";
import { partId } from "./parts.js";
import { DEMO_DEALERSHIP_ID } from "./workshop.js";

/** A catalogue job. `parts` lists part codes with the quantity one job uses. */
export interface ServiceSpec {
  code: string;
  name: string;
  kind: "maintenance" | "repair" | "inspection" | "recall";
  skill: string;
  bayKind: string;
  labourHours: number;
  labourPriceFen: number;
  keywords: string;
  description: string;
  parts: ReadonlyArray<{ code: string; quantity: number }>;
}

export const DEMO_SERVICES: readonly ServiceSpec[] = [
  {
    code: "minor",
    name: "小保养",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "general",
    labourHours: 1.0,
    labourPriceFen: 18_000,
    keywords: "小保养,保养,常规保养,换机油,机油,机滤",
    description: "更换机油和机油滤清器，并做常规安全检查。",
    parts: [
      { code: "oil-5w30", quantity: 1 },
      { code: "oil-filter", quantity: 1 },
    ],
  },
  {
    code: "major",
    name: "大保养",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "lift",
    labourHours: 2.5,
    labourPriceFen: 45_000,
    keywords: "大保养,全面保养,换三滤,三滤,火花塞",
    description: "小保养全部项目，另换空气滤清器、空调滤清器和火花塞。",
    parts: [
      { code: "oil-5w30", quantity: 1 },
      { code: "oil-filter", quantity: 1 },
      { code: "air-filter", quantity: 1 },
      { code: "cabin-filter", quantity: 1 },
      { code: "spark-plug", quantity: 4 },
    ],
  },
  {
    code: "brake-pads-front",
    name: "更换前刹车片",
    kind: "repair",
    skill: "chassis",
    bayKind: "lift",
    labourHours: 1.0,
    labourPriceFen: 20_000,
    keywords: "刹车片,前刹车片,刹车异响,刹车吱吱响,刹车",
    description: "更换前轮刹车片，检查刹车盘磨损。",
    parts: [{ code: "brake-pads-front", quantity: 1 }],
  },
  {
    code: "brake-fluid",
    name: "更换刹车油",
    kind: "maintenance",
    skill: "chassis",
    bayKind: "lift",
    labourHours: 0.8,
    labourPriceFen: 15_000,
    keywords: "刹车油,制动液,刹车发软",
    description: "更换全车刹车油并排空气。",
    parts: [{ code: "brake-fluid", quantity: 1 }],
  },
  {
    code: "tyre",
    name: "更换轮胎（每条）",
    kind: "repair",
    skill: "chassis",
    bayKind: "lift",
    labourHours: 0.5,
    labourPriceFen: 5_000,
    keywords: "轮胎,换胎,换轮胎,爆胎,鼓包",
    description: "更换一条 225/55 R18 轮胎并做动平衡。",
    parts: [{ code: "tyre-225-55r18", quantity: 1 }],
  },
  {
    code: "alignment",
    name: "四轮定位",
    kind: "maintenance",
    skill: "chassis",
    bayKind: "alignment",
    labourHours: 1.0,
    labourPriceFen: 30_000,
    keywords: "四轮定位,定位,跑偏,方向盘不正,吃胎",
    description: "检测并调整四轮定位参数。",
    parts: [],
  },
  {
    code: "ac",
    name: "空调清洗/加氟",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "general",
    labourHours: 1.0,
    labourPriceFen: 25_000,
    keywords: "空调,空调清洗,加氟,空调不凉,空调异味,冷媒",
    description: "清洗空调管路，检漏并补充冷媒。",
    parts: [
      { code: "refrigerant", quantity: 1 },
      { code: "ac-cleaner", quantity: 1 },
    ],
  },
  {
    code: "battery",
    name: "更换蓄电池",
    kind: "repair",
    skill: "electrical",
    bayKind: "general",
    labourHours: 0.5,
    labourPriceFen: 8_000,
    keywords: "电瓶,蓄电池,打不着火,亏电,没电",
    description: "检测充电系统并更换 12V 蓄电池。",
    parts: [{ code: "battery-70ah", quantity: 1 }],
  },
  {
    code: "wipers",
    name: "更换雨刮片",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "general",
    labourHours: 0.2,
    labourPriceFen: 2_000,
    keywords: "雨刮,雨刷,雨刮片,刮不干净",
    description: "更换前挡风玻璃雨刮片。",
    parts: [{ code: "wiper-blades", quantity: 1 }],
  },
  {
    code: "electrical-diagnosis",
    name: "12V 电气故障诊断",
    kind: "inspection",
    skill: "electrical",
    bayKind: "general",
    labourHours: 1.0,
    labourPriceFen: 30_000,
    keywords: "电路,电气故障,灯不亮,仪表故障,中控失灵,车窗不动",
    description: "用诊断仪读取故障码并检查 12V 电路，费用按实际维修另行报价。",
    parts: [],
  },
  {
    code: "inspection",
    name: "故障检查",
    kind: "inspection",
    skill: "diagnosis",
    bayKind: "general",
    labourHours: 1.0,
    labourPriceFen: 20_000,
    keywords: "故障检查,检查,异响,故障灯,抖动,漏油,有问题",
    description: "到店检查故障原因，查明后再报维修方案和费用。",
    parts: [],
  },
  {
    code: "gearbox-oil",
    name: "更换变速箱油",
    kind: "maintenance",
    skill: "engine",
    bayKind: "lift",
    labourHours: 1.5,
    labourPriceFen: 40_000,
    keywords: "变速箱油,波箱油,换挡顿挫",
    description: "循环更换自动变速箱油。",
    parts: [{ code: "gearbox-oil", quantity: 6 }],
  },
  {
    code: "scratch-repair",
    name: "漆面划痕修复（单面）",
    kind: "repair",
    skill: "bodywork",
    bayKind: "bodywork",
    labourHours: 3.0,
    labourPriceFen: 60_000,
    keywords: "划痕,刮擦,补漆,喷漆,钣金,蹭了",
    description: "单个面的划痕打磨、补漆和抛光。",
    parts: [{ code: "paint-kit", quantity: 1 }],
  },
  {
    code: "recall-fuel-pump-module",
    name: "召回：更换燃油泵控制模块",
    kind: "recall",
    skill: "electrical",
    bayKind: "general",
    labourHours: 1.5,
    labourPriceFen: 0,
    keywords: "召回,燃油泵,燃油泵控制模块",
    description: "按厂家召回要求免费更换燃油泵控制模块。",
    parts: [{ code: "fuel-pump-module", quantity: 1 }],
  },
];

/** Return the service item id for a service code: "minor" → "svc-minor". */
export function serviceId(code: string): string {
  return `svc-${code}`;
}

export function demoServiceItems(): Prisma.ServiceItemCreateManyInput[] {
  return DEMO_SERVICES.map((spec) => ({
    id: serviceId(spec.code),
    dealershipId: DEMO_DEALERSHIP_ID,
    code: spec.code,
    name: spec.name,
    kind: spec.kind,
    skill: spec.skill,
    bayKind: spec.bayKind,
    labourHours: spec.labourHours,
    labourPriceFen: spec.labourPriceFen,
    keywords: spec.keywords,
    description: spec.description,
  }));
}

export function demoServiceItemParts(): Prisma.ServiceItemPartCreateManyInput[] {
  return DEMO_SERVICES.flatMap((spec) =>
    spec.parts.map((part) => ({
      serviceItemId: serviceId(spec.code),
      partId: partId(part.code),
      quantity: part.quantity,
    })),
  );
}

export const DEMO_MAINTENANCE_RULES: readonly Prisma.MaintenanceRuleCreateManyInput[] = [
  {
    id: "rule-minor",
    dealershipId: DEMO_DEALERSHIP_ID,
    serviceCode: "minor",
    intervalKm: 10_000,
    intervalMonths: 12,
    priority: 1,
  },
  {
    id: "rule-major",
    dealershipId: DEMO_DEALERSHIP_ID,
    serviceCode: "major",
    intervalKm: 40_000,
    intervalMonths: 48,
    priority: 2,
  },
];

/** Return the catalogue entry of a service code. Throws for a code missing from DEMO_SERVICES. */
export function serviceSpec(code: string): ServiceSpec {
  const spec = DEMO_SERVICES.find((service) => service.code === code);
  if (spec === undefined) {
    throw new Error(
      `Unknown demo service code '${code}'. Add it to DEMO_SERVICES in src/store/seed/services.ts.`,
    );
  }
  return spec;
}
