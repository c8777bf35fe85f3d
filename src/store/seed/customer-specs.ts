/**
 * The demo customers and their vehicles, with invented names, mobiles 13800000001-13800000030, plates and
 * VIN serials. Ages and mileages are relative to the seed's `now`, so due services stay due whenever the
 * seed runs.
 */

export interface VehicleSpec {
  model: string;
  /** Plate without the middle dot. "E-TENSE" plug-in hybrids carry 8-character new-energy plates. */
  plate: string;
  /** Days from the first registration to the seed's `now`. */
  ageDays: number;
  kmPerYear: number;
  /** Days since the last service visit, or null for a car never serviced here. */
  daysSinceLastService: number | null;
  usualVisitTime?: string;
  /** False for a car whose VIN the dealership has not recorded. */
  hasVin?: boolean;
  /** Set for a vehicle on the fuel pump control module recall list. */
  recall?: "open" | "completed";
}

export interface CustomerSpec {
  name: string;
  vehicles: readonly VehicleSpec[];
}

/**
 * Index 0 is customer 13800000001 (cust-01). Its car veh-01 has a hand-written history in customers.ts: last
 * minor service 350 days ago, so the 12-month minor service falls due 15 days after `now`.
 */
export const CUSTOMER_SPECS: readonly CustomerSpec[] = [
  {
    name: "陈晓明",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪A5K281",
        ageDays: 790,
        kmPerYear: 13_000,
        daysSinceLastService: 350,
        usualVisitTime: "09:30",
        recall: "open",
      },
    ],
  },
  {
    name: "林雪梅",
    vehicles: [
      {
        model: "DS 4",
        plate: "沪B37620",
        ageDays: 1_460,
        kmPerYear: 9_000,
        daysSinceLastService: 200,
        usualVisitTime: "14:00",
      },
    ],
  },
  {
    name: "黄志伟",
    vehicles: [
      { model: "DS 9", plate: "沪C8M153", ageDays: 1_120, kmPerYear: 18_000, daysSinceLastService: 370 },
      {
        model: "DS 7 E-TENSE",
        plate: "沪AF23817",
        ageDays: 400,
        kmPerYear: 12_000,
        daysSinceLastService: 45,
      },
    ],
  },
  {
    name: "吴丽华",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪D21967",
        ageDays: 1_010,
        kmPerYear: 11_000,
        daysSinceLastService: 120,
        recall: "open",
      },
    ],
  },
  {
    name: "徐建国",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪A70N42",
        ageDays: 1_900,
        kmPerYear: 15_000,
        daysSinceLastService: 355,
        usualVisitTime: "08:30",
      },
    ],
  },
  {
    name: "孙美玲",
    vehicles: [
      { model: "DS 4", plate: "沪E63085", ageDays: 700, kmPerYear: 8_000, daysSinceLastService: 330 },
    ],
  },
  {
    name: "马俊杰",
    vehicles: [
      {
        model: "DS 9 E-TENSE",
        plate: "沪AF60528",
        ageDays: 520,
        kmPerYear: 20_000,
        daysSinceLastService: 160,
      },
    ],
  },
  {
    name: "朱红英",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪F1H739",
        ageDays: 2_300,
        kmPerYear: 10_000,
        daysSinceLastService: 400,
        usualVisitTime: "10:00",
      },
      { model: "DS 4", plate: "沪A82416", ageDays: 250, kmPerYear: 7_000, daysSinceLastService: null },
    ],
  },
  {
    name: "胡海波",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪G35271",
        ageDays: 980,
        kmPerYear: 16_000,
        daysSinceLastService: 90,
        recall: "completed",
      },
    ],
  },
  {
    name: "郭静怡",
    vehicles: [
      {
        model: "DS 4",
        plate: "沪A4P908",
        ageDays: 1_300,
        kmPerYear: 6_000,
        daysSinceLastService: 300,
        usualVisitTime: "15:30",
      },
    ],
  },
  {
    name: "何文斌",
    vehicles: [
      { model: "DS 9", plate: "沪H90316", ageDays: 1_650, kmPerYear: 14_000, daysSinceLastService: 240 },
    ],
  },
  {
    name: "高秀兰",
    vehicles: [
      { model: "DS 7", plate: "沪J27854", ageDays: 1_480, kmPerYear: 12_000, daysSinceLastService: 360 },
    ],
  },
  {
    name: "罗浩然",
    vehicles: [
      {
        model: "DS 7 E-TENSE",
        plate: "沪AF71942",
        ageDays: 860,
        kmPerYear: 17_000,
        daysSinceLastService: 210,
      },
    ],
  },
  {
    name: "郑玉珍",
    vehicles: [
      {
        model: "DS 4",
        plate: "沪K50627",
        ageDays: 2_000,
        kmPerYear: 9_500,
        daysSinceLastService: 180,
        usualVisitTime: "13:30",
      },
      { model: "DS 7", plate: "沪A3R615", ageDays: 600, kmPerYear: 11_000, daysSinceLastService: 240 },
    ],
  },
  {
    name: "梁子豪",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪L18493",
        ageDays: 1_050,
        kmPerYear: 21_000,
        daysSinceLastService: 60,
        recall: "open",
      },
    ],
  },
  {
    name: "谢婷婷",
    vehicles: [
      { model: "DS 4", plate: "沪A69C30", ageDays: 450, kmPerYear: 10_000, daysSinceLastService: 100 },
    ],
  },
  {
    name: "宋国庆",
    vehicles: [
      { model: "DS 9", plate: "沪M42068", ageDays: 2_600, kmPerYear: 13_000, daysSinceLastService: 340 },
    ],
  },
  {
    name: "唐佳慧",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪B92751",
        ageDays: 760,
        kmPerYear: 9_000,
        daysSinceLastService: 150,
        usualVisitTime: "09:00",
      },
    ],
  },
  {
    name: "许明辉",
    vehicles: [
      {
        model: "DS 7 E-TENSE",
        plate: "沪AF05836",
        ageDays: 1_200,
        kmPerYear: 15_000,
        daysSinceLastService: 380,
      },
      { model: "DS 4", plate: "沪C61209", ageDays: 1_800, kmPerYear: 5_000, daysSinceLastService: 500 },
    ],
  },
  {
    name: "韩淑芬",
    vehicles: [
      { model: "DS 4", plate: "沪N37184", ageDays: 900, kmPerYear: 8_500, daysSinceLastService: 270 },
    ],
  },
  {
    name: "冯宇航",
    vehicles: [
      { model: "DS 9", plate: "沪A2E794", ageDays: 330, kmPerYear: 25_000, daysSinceLastService: null },
    ],
  },
  {
    name: "邓晓燕",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪D80532",
        ageDays: 1_560,
        kmPerYear: 10_500,
        daysSinceLastService: 200,
        hasVin: false,
      },
    ],
  },
  {
    name: "曹振华",
    vehicles: [
      {
        model: "DS 7",
        plate: "沪E14629",
        ageDays: 1_100,
        kmPerYear: 12_500,
        daysSinceLastService: 345,
        usualVisitTime: "16:00",
      },
    ],
  },
  {
    name: "彭丽娜",
    vehicles: [
      { model: "DS 4", plate: "沪A7T351", ageDays: 680, kmPerYear: 7_500, daysSinceLastService: 260 },
    ],
  },
  {
    name: "曾思远",
    vehicles: [
      {
        model: "DS 9 E-TENSE",
        plate: "沪AF38270",
        ageDays: 950,
        kmPerYear: 19_000,
        daysSinceLastService: 130,
      },
      { model: "DS 7", plate: "沪F52908", ageDays: 2_900, kmPerYear: 8_000, daysSinceLastService: 420 },
    ],
  },
  {
    name: "肖雅琴",
    vehicles: [
      { model: "DS 7", plate: "沪G60841", ageDays: 1_250, kmPerYear: 11_500, daysSinceLastService: 30 },
    ],
  },
  {
    name: "田立新",
    vehicles: [
      {
        model: "DS 9",
        plate: "沪H2W467",
        ageDays: 2_100,
        kmPerYear: 16_500,
        daysSinceLastService: 365,
        hasVin: false,
      },
    ],
  },
  {
    name: "董欣然",
    vehicles: [
      {
        model: "DS 4",
        plate: "沪A51738",
        ageDays: 560,
        kmPerYear: 9_000,
        daysSinceLastService: 190,
        usualVisitTime: "11:00",
      },
    ],
  },
  {
    name: "潘志刚",
    vehicles: [
      { model: "DS 7", plate: "沪J94153", ageDays: 1_700, kmPerYear: 14_500, daysSinceLastService: 310 },
      {
        model: "DS 4",
        plate: "沪K37026",
        ageDays: 800,
        kmPerYear: 6_500,
        daysSinceLastService: 280,
        hasVin: false,
      },
    ],
  },
  {
    name: "袁梦洁",
    vehicles: [
      {
        model: "DS 7 E-TENSE",
        plate: "沪AF82605",
        ageDays: 730,
        kmPerYear: 12_000,
        daysSinceLastService: 175,
      },
    ],
  },
];
