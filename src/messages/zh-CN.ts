/**
 * Every sentence a customer or advisor reads, in Simplified Chinese. Code elsewhere builds no
 * customer-facing text of its own, so wording can be reviewed and changed in one place.
 */
import type {
  AdvisorCard,
  BookingListItem,
  BookingTime,
  JobCard,
  RecallCard,
  SlotOffer,
  VehicleCard,
  VisitPlan,
} from "../../flows/booking-types.js";
import { formatYuan } from "../domain/estimate.js";
import { shanghaiDateOf, shanghaiTimeOf, weekdayOf } from "../domain/time.js";
import { formatPlate } from "../language/plate.js";

const WEEKDAY_NAMES = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const PART_OF_DAY_NAMES: Record<string, string> = {
  morning: "上午",
  noon: "中午",
  afternoon: "下午",
  evening: "晚上",
};

/** Format a Shanghai date as "12月9日 周三". */
export function formatDay(date: string): string {
  const [, month, day] = date.split("-").map(Number);
  return `${month}月${day}日 ${WEEKDAY_NAMES[weekdayOf(date)]}`;
}

/** Format an instant (ISO string) as "12月9日 周三 10:00" in Shanghai time. */
export function formatDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${formatDay(shanghaiDateOf(instant))} ${shanghaiTimeOf(instant)}`;
}

/**
 * Format the understood wish in full, e.g. "12月9日 周三 上午" or "12月9日 周三 10:30". The year is shown
 * ("2028年2月29日 周二") when it differs from the year of `now` (ISO instant), so a misread year is caught too.
 */
export function formatWish(wish: BookingTime, now?: string): string {
  const sameYear = now === undefined || shanghaiDateOf(new Date(now)).slice(0, 4) === wish.date.slice(0, 4);
  let text = sameYear ? formatDay(wish.date) : `${wish.date.slice(0, 4)}年${formatDay(wish.date)}`;
  if (wish.partOfDay && !wish.time) text += ` ${PART_OF_DAY_NAMES[wish.partOfDay]}`;
  if (wish.time) text += ` ${wish.time}`;
  return text;
}

/** Format labour hours for customers: 1 → "1小时", 2.5 → "2.5小时", 0.5 → "30分钟". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)}分钟`;
  return `${Number(hours.toFixed(1))}小时`;
}

function formatSlot(slot: SlotOffer): string {
  const handOver = new Date(slot.handOverAt);
  const sameDay = shanghaiDateOf(handOver) === slot.date;
  const handOverText = sameDay ? shanghaiTimeOf(handOver) : formatDateTime(slot.handOverAt);
  return `${formatDateTime(slot.dropOffAt)} 入厂，预计 ${handOverText} 交车`;
}

function formatJobs(jobs: readonly JobCard[]): string {
  return jobs
    .map((job) => {
      const price = job.totalFen === 0 ? "免费" : formatYuan(job.totalFen);
      return `· ${job.name}（约${formatHours(job.labourHours)}，${price}）`;
    })
    .join("\n");
}

export const HUMAN_HINT = "如需人工协助，请回复“人工”，您的专属服务顾问会尽快联系您。";

export const messages = {
  greetingStranger: "您好，欢迎咨询售后服务预约，我是24小时智能预约助手。",
  greetingKnown: (name: string, advisor: AdvisorCard) =>
    `${name}您好，欢迎回来！我是24小时智能预约助手，您的专属服务顾问是${advisor.name}。`,
  askNeeds: "请问这次需要做什么项目？例如“常规保养”“换刹车片”“空调不制冷”“有异响想检查一下”。",
  askMobile: "为了帮您查找资料或登记，请告诉我您的11位手机号（仅用于本店售后服务），例如 13800000001。",
  invalidMobile: "没能识别出手机号，请输入11位数字的手机号，例如 13800000001。",
  askPlateToVerify:
    "已找到该手机号的客户资料。为保护您的信息，请输入该手机号名下任一车辆的车牌号（例如 沪A12345）。",
  plateMismatch: "车牌号与该手机号登记的车辆不一致，请再核对一下。",
  offerDedicatedAdvisor:
    "本店为每位车主提供“一对一专属服务顾问”：您的预约、提醒和问题都由同一位顾问负责跟进。\n" +
    "登记需要您的姓名、手机号和车辆信息，仅用于本店售后服务，您可随时要求查看、更正或删除。\n" +
    "请问您同意登记吗？请回复“同意”或“不同意”。",
  consentDeclined:
    "好的，尊重您的选择，我们不会保存您的信息。您也可以直接致电门店预约。如改变主意，随时回复“同意”即可继续。",
  askName: "请问您怎么称呼？（姓名或“张先生”“李女士”都可以）",
  invalidName: "请告诉我完整的称呼（2到20个字），例如“张伟”或“张先生”“李女士”。",
  askPlate: "请输入您的车牌号，例如 沪A12345 或新能源车牌 沪AD12345。",
  invalidPlate: "没能识别出车牌号，请输入完整车牌，例如 沪A12345 或 沪AD12345。",
  askModel: "请问您的车型是？例如“DS 7”“DS 9”。",
  invalidModel: "请用1到30个字描述车型，例如“DS 7”。",
  askVin: "如方便，请提供17位车架号（VIN，见行驶证），我们会核查是否有召回活动；没有的话请回复“跳过”。",
  invalidVin: (problem: string) => `车架号似乎有误：${problem}。请核对后重新输入，或回复“跳过”。`,
  registered: (name: string, advisor: AdvisorCard) =>
    `登记完成，${name}，欢迎您！您的专属服务顾问是${advisor.name}（${advisor.phone}），今后由这位顾问专门为您服务。`,
  askVehicle: (vehicles: readonly VehicleCard[]) =>
    "请问这次是哪辆车？请回复序号：\n" +
    vehicles.map((vehicle, index) => `${index + 1}. ${formatPlate(vehicle.plate)} ${vehicle.model}`).join("\n"),
  invalidVehicleChoice: (count: number) => `请回复 1 到 ${count} 之间的序号，或直接输入车牌号。`,
  askMileage: "请问车辆目前大约行驶了多少公里？例如“3万2”或“32000公里”。不清楚的话回复“不清楚”。",
  invalidMileage: "没能识别出里程，请输入例如“3万2”“25000公里”，或回复“不清楚”。",
  recallNotice: (recalls: readonly RecallCard[]) =>
    "经核查，您的车辆属于以下召回活动，本次到店将一并免费处理：\n" +
    recalls.map((recall) => `· ${recall.title}`).join("\n"),
  planSummary: (plan: VisitPlan) => {
    let text = `本次建议的项目：\n${formatJobs(plan.jobs)}\n预估费用 ${formatYuan(plan.estimateFen)}，作业约${formatHours(plan.labourHours)}。`;
    if (plan.maintenanceReason) text += `\n（${plan.maintenanceReason}）`;
    if (plan.addedInspection) {
      text += "\n您描述的情况需要到店由技师检查后才能确定原因，已为您安排故障检查，检查费用如上，维修费用检查后另行报价。";
    }
    if (plan.partsReadyAt) {
      text += `\n部分配件需要订货，预计 ${formatDay(shanghaiDateOf(new Date(plan.partsReadyAt)))} 到货，进厂时间会安排在到货之后。`;
    }
    return text;
  },
  askTime: "您希望哪天、什么时间把车送来？例如“明天上午”“周六下午3点”“12月9日10点”。",
  invalidTime: "请问具体哪一天方便？例如“明天上午”“下周三下午两点”“12月9日10点”。",
  impossibleDate: (month: number, day: number) =>
    month < 1 || month > 12
      ? `一年只有12个月，没有${month}月，请确认一下日期，例如“12月9日上午”。`
      : `${month}月没有${day}号，请确认一下日期，例如“${month}月${Math.min(day, 28)}号上午”。`,
  pastTime: (wish: BookingTime, now?: string) => `${formatWish(wish, now)} 已经过去了，请换一个还没到的时间。`,
  checkingWish: (wish: BookingTime, now?: string) =>
    `好的，您希望的时间是 ${formatWish(wish, now)}，我为您查一下车间空位。`,
  offerExact: (slots: readonly SlotOffer[]) =>
    "以下时间可以预约，请回复序号：\n" + slots.map((slot, index) => `${index + 1}. ${formatSlot(slot)}`).join("\n"),
  offerAlternatives: (slots: readonly SlotOffer[]) =>
    "抱歉，您希望的时间车间已约满。以下是3个工作日内可预约的时间，请回复序号：\n" +
    slots.map((slot, index) => `${index + 1}. ${formatSlot(slot)}`).join("\n"),
  offerAfterParts: (slots: readonly SlotOffer[], partsReadyAt: string) =>
    `因部分配件需要订货（预计 ${formatDay(shanghaiDateOf(new Date(partsReadyAt)))} 到货），您希望的时间无法安排。` +
    "以下是配件到货后可预约的时间，请回复序号：\n" +
    slots.map((slot, index) => `${index + 1}. ${formatSlot(slot)}`).join("\n"),
  offerEarliest: (slots: readonly SlotOffer[]) =>
    "抱歉，您希望的日期及之后3个工作日内都已约满。最早可预约的时间是：\n" +
    slots.map((slot, index) => `${index + 1}. ${formatSlot(slot)}`).join("\n") +
    "\n请回复序号，或告诉我其他日期。",
  noSlotsAtAll: "抱歉，未来60天内都没有可预约的空位，已通知您的专属服务顾问为您协调，请稍候。",
  offerFooter: "也可以直接告诉我其他时间。",
  invalidSlotChoice: (count: number) => `请回复 1 到 ${count} 之间的序号，或告诉我其他时间。`,
  slotTaken: "抱歉，这个时间刚刚被其他客户约走了，我重新为您查一下。",
  summary: (input: { plan: VisitPlan; slot: SlotOffer; advisor: AdvisorCard; plate: string; holdMinutes: number }) =>
    "请确认预约信息：\n" +
    `车辆：${formatPlate(input.plate)}\n` +
    `入厂：${formatDateTime(input.slot.dropOffAt)}\n` +
    `预计交车：${formatDateTime(input.slot.handOverAt)}\n` +
    `项目：\n${formatJobs(input.plan.jobs)}\n` +
    `预估费用：${formatYuan(input.plan.estimateFen)}（作业约${formatHours(input.plan.labourHours)}）\n` +
    `专属服务顾问：${input.advisor.name}\n` +
    `该时段为您保留${input.holdMinutes}分钟。确认请回复“确认”，修改时间请直接告诉我新的时间，不约了请回复“取消”。`,
  invalidConfirmation: "请回复“确认”完成预约，或告诉我新的时间，或回复“取消”。",
  holdDropped: "好的，已为您取消这次预约申请。",
  anythingElse: "还有其他可以帮您的吗？",
  noBookings: "您目前没有待进行的预约。需要预约的话，告诉我想做的项目和时间即可。",
  bookingList: (items: readonly BookingListItem[]) =>
    "您的预约：\n" +
    items
      .map(
        (item, index) =>
          `${index + 1}. ${formatDateTime(item.dropOffAt)} 入厂，${formatPlate(item.plate)}，` +
          `${item.jobNames.join("、")}（顾问 ${item.advisorName}）`,
      )
      .join("\n"),
  changeViaAdvisor: (advisor: AdvisorCard) =>
    `改期或取消预约目前由您的专属服务顾问${advisor.name}（${advisor.phone}）为您办理。需要我现在通知顾问联系您吗？请回复“人工”。`,
  humanRequested: (advisor: AdvisorCard, replyBy: string) =>
    `已通知您的专属服务顾问${advisor.name}（${advisor.phone}），顾问将在${replyBy}联系您。在此期间我也可以继续为您预约。`,
  humanRequestedNoAdvisor: (replyBy: string) => `已通知服务顾问，将在${replyBy}联系您。在此期间我也可以继续为您预约。`,
  escalated: (managerName: string, replyBy: string) =>
    `非常抱歉给您带来不便。您的问题已直接转给服务经理${managerName}，将在${replyBy}与您联系处理。`,
  mediaNotSupported: "抱歉，我暂时只能识别文字消息，请用文字描述您的需求。",
  tooLong: "您的消息较长，我先按前面的部分为您处理。",
  systemError: `抱歉，系统刚才处理出错，您的信息没有丢失，请再发一次试试。${HUMAN_HINT}`,
  retryWithHuman: (prompt: string) => `${prompt}\n${HUMAN_HINT}`,
  priceAnswer: (plan: VisitPlan) =>
    `本次项目预估费用 ${formatYuan(plan.estimateFen)}，作业约${formatHours(plan.labourHours)}：\n${formatJobs(plan.jobs)}`,
  strangerQuote: (plan: VisitPlan) =>
    `参考价格：\n${formatJobs(plan.jobs)}\n合计约 ${formatYuan(plan.estimateFen)}，作业约${formatHours(plan.labourHours)}。` +
    "实际项目和费用以车型和到店检查为准，登记后我可以按您的车辆给出准确报价并预约。",
  priceNeedsJobs: "请先告诉我需要做的项目，我为您估算费用和时长。",
  thanks: "不客气，随时为您服务！",
  copiedToManager: (managerName: string) => `（抄送：已同时转服务经理${managerName}处理，请与经理沟通后再联系客户。）`,
};

/** Build the confirmation a customer receives once a booking is created. */
export function confirmationText(details: {
  customerName: string;
  plate: string;
  dropOffAt: string;
  handOverAt: string;
  advisor: AdvisorCard;
  jobs: readonly JobCard[];
  estimateFen: number;
  labourHours: number;
  hasRecall: boolean;
  dealershipName: string;
  dealershipAddress: string;
  dealershipPhone: string;
}): string {
  const documents = ["行驶证", "保养手册"];
  if (details.hasRecall) documents.push("召回通知书（如已收到）");
  return [
    `【${details.dealershipName}】${details.customerName}您好，您的预约已确认：`,
    `车辆：${formatPlate(details.plate)}`,
    `入厂时间：${formatDateTime(details.dropOffAt)}`,
    `预计交车：${formatDateTime(details.handOverAt)}`,
    `专属服务顾问：${details.advisor.name}，电话 ${details.advisor.phone}`,
    `项目：\n${formatJobs(details.jobs)}`,
    `预估费用：${formatYuan(details.estimateFen)}，作业约${formatHours(details.labourHours)}（以到店检查后的报价为准）`,
    `请携带：${documents.join("、")}`,
    `地址：${details.dealershipAddress}（电话 ${details.dealershipPhone}）`,
    "如需改期或取消，请在本对话回复“人工”联系您的专属服务顾问，或直接致电顾问。",
  ].join("\n");
}

/** Build the notice an advisor receives about a new booking of one of their customers. */
export function advisorBookingNotice(details: {
  customerName: string;
  mobile: string;
  plate: string;
  dropOffAt: string;
  jobs: readonly JobCard[];
  estimateFen: number;
  source: string;
}): string {
  return [
    `【新预约】${details.customerName}（${details.mobile}），${formatPlate(details.plate)}`,
    `入厂：${formatDateTime(details.dropOffAt)}`,
    `项目：${details.jobs.map((job) => job.name).join("、")}，预估 ${formatYuan(details.estimateFen)}`,
    `来源：${SOURCE_NAMES[details.source] ?? details.source}`,
  ].join("\n");
}

/** Build the notice an advisor or the service manager receives when a customer asks for a person. */
export function handoverNotice(details: {
  customerName: string | null;
  mobile: string | null;
  reason: "askHuman" | "complaint" | "comeback" | "stuck" | "noSlots";
  lastMessage: string;
}): string {
  const who = details.customerName ? `${details.customerName}（${details.mobile ?? "未登记手机号"}）` : "未登记客户";
  return `【${HANDOVER_REASON_NAMES[details.reason]}】${who}\n客户留言：${details.lastMessage.slice(0, 200)}`;
}

const SOURCE_NAMES: Record<string, string> = { proactive: "主动预约", inbound: "客户来询", online: "在线预约" };

const HANDOVER_REASON_NAMES: Record<string, string> = {
  askHuman: "客户请求人工",
  complaint: "客户投诉",
  comeback: "返修",
  stuck: "客户多次未能完成预约",
  noSlots: "无可约时段",
};
