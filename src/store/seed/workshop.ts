/**
 * Demo workshop: the dealership, its service advisors, technicians and bays. Names, addresses and phone
 * numbers are invented.
 */
import type { Prisma } from "../generated/client.js";

export const DEMO_DEALERSHIP_ID = "dealer-1";

/** Opening hours 08:30-18:00 on all seven weekdays, as "weekday=HH:mm-HH:mm" joined by ";", 0 = Sunday. */
export const DEMO_WEEKLY_HOURS = [0, 1, 2, 3, 4, 5, 6].map((weekday) => `${weekday}=08:30-18:00`).join(";");

export const DEMO_MIN_NOTICE_MINUTES = 120;

export function demoDealership(createdAt: Date): Prisma.DealershipCreateInput {
  return {
    id: DEMO_DEALERSHIP_ID,
    name: "星辰汽车4S店",
    address: "上海市闵行区星辰路188号",
    phone: "021-55550188",
    weeklyHours: DEMO_WEEKLY_HOURS,
    makeUpHours: "08:30-18:00",
    minNoticeMinutes: DEMO_MIN_NOTICE_MINUTES,
    managerName: "周建华",
    managerPhone: "13900000009",
    createdAt,
  };
}

export const DEMO_ADVISORS: readonly Prisma.AdvisorCreateManyInput[] = [
  {
    id: "adv-1",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "王芳",
    phone: "13900000001",
    wechatId: "advisor-wang",
  },
  {
    id: "adv-2",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "李娜",
    phone: "13900000002",
    wechatId: "advisor-li",
  },
  {
    id: "adv-3",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "张伟",
    phone: "13900000003",
    wechatId: "advisor-zhang",
  },
  {
    id: "adv-4",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "赵静",
    phone: "13900000004",
    wechatId: "advisor-zhao",
  },
];

/**
 * Six technicians with overlapping skills. No technician with bodywork or diagnosis skills works on
 * Sunday, and tech-6 is a part-timer on Friday to Sunday, so the board shows days with thinner capacity.
 */
export const DEMO_TECHNICIANS: readonly Prisma.TechnicianCreateManyInput[] = [
  {
    id: "tech-1",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "李志强",
    skills: "maintenance,engine,diagnosis",
    dailyHours: 8,
    workWeekdays: "1,2,3,4,5,6",
  },
  {
    id: "tech-2",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "陈国伟",
    skills: "maintenance,chassis",
    dailyHours: 8,
    workWeekdays: "0,1,2,3,4,5",
  },
  {
    id: "tech-3",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "刘海涛",
    skills: "electrical,diagnosis,maintenance",
    dailyHours: 7.5,
    workWeekdays: "1,2,3,4,5",
  },
  {
    id: "tech-4",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "周明",
    skills: "chassis,engine",
    dailyHours: 6,
    workWeekdays: "0,2,3,4,5,6",
  },
  {
    id: "tech-5",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "吴晓东",
    skills: "bodywork",
    dailyHours: 8,
    workWeekdays: "1,2,3,4,5,6",
  },
  {
    id: "tech-6",
    dealershipId: DEMO_DEALERSHIP_ID,
    name: "孙磊",
    skills: "maintenance,electrical",
    dailyHours: 4,
    workWeekdays: "0,5,6",
  },
];

export const DEMO_BAYS: readonly Prisma.BayCreateManyInput[] = [
  { id: "bay-1", dealershipId: DEMO_DEALERSHIP_ID, name: "1号工位（举升机）", kinds: "general,lift" },
  { id: "bay-2", dealershipId: DEMO_DEALERSHIP_ID, name: "2号工位（举升机）", kinds: "general,lift" },
  { id: "bay-3", dealershipId: DEMO_DEALERSHIP_ID, name: "3号工位", kinds: "general" },
  { id: "bay-4", dealershipId: DEMO_DEALERSHIP_ID, name: "四轮定位工位", kinds: "alignment,lift" },
  { id: "bay-5", dealershipId: DEMO_DEALERSHIP_ID, name: "钣喷工位", kinds: "bodywork" },
];
