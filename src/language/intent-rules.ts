/**
 * Rule table that classifies a customer's chat message into an intent.
 *
 * How the table is read:
 * - Every rule whose `keywords` or `patterns` match the message counts. The intent of the matching rule
 *   with the highest `priority` wins, and between equal priorities the rule higher in this file wins.
 * - `unless` lists negated phrases that do not count for that rule. They are cut out of the message
 *   before the rule's keywords and patterns are tried, so "不想取消" never counts as "取消", while
 *   "不想取消，改到周五" still matches the reschedule rule.
 * - Messages are normalised before matching: full-width letters and digits become half-width, Latin
 *   letters become lowercase, and spaces next to Chinese characters are removed. Keywords and `unless`
 *   phrases are normalised the same way, and a keyword made only of Latin letters and digits ("hi")
 *   matches whole words only. Patterns run on the normalised message, so write them in lowercase.
 *
 * How to add a rule:
 * 1. Find the rule for the intent below, and add the phrase to its `keywords` (plain text, no RegExp).
 * 2. If the phrase is a negation that must not count ("不用取消"), add it to `unless` instead.
 * 3. Use a new rule only for a pattern that needs two parts, such as a time word followed by "有空吗".
 *    Give it a unique `id` (logs and tests show it), a Chinese `description` and the priority of its
 *    intent from INTENT_PRIORITY.
 * 4. Add a row for the new phrase to the intent test table, and run the tests.
 */

import type { Intent } from "./intent.js";

/** One line of the intent table. */
export interface IntentRule {
  /** Unique, stable name shown in logs and tests, such as "cancel.words". */
  id: string;
  intent: Intent;
  /** Chinese summary of the messages the rule catches, for the service manager who maintains the table. */
  description: string;
  /** Rank among matching rules: the highest wins. */
  priority: number;
  /** Plain substrings, any one of which matches. */
  keywords: readonly string[];
  /** Regular expressions tried on the normalised message, any one of which matches. */
  patterns?: readonly RegExp[];
  /** Negated phrases that do not count for this rule. */
  unless?: readonly string[];
}

/**
 * Priority of each intent. Complaints and comebacks go to the service manager, so they beat everything:
 * "上次保养完又漏油了，我要投诉" is a complaint. Questions about price or duration beat booking, so
 * "保养多少钱" is answered first. Rescheduling beats cancelling, because "取消明天的，改到周五" keeps
 * the visit.
 */
export const INTENT_PRIORITY: Readonly<Record<Exclude<Intent, "none">, number>> = {
  complaint: 100,
  comeback: 90,
  askHuman: 80,
  reschedule: 75,
  cancel: 70,
  listBookings: 60,
  askPrice: 50,
  askDuration: 45,
  book: 30,
  greeting: 20,
  thanks: 10,
};

/** Days, parts of the day and clock times, as customers write them (regular expression sources). */
const TIME_WORDS = [
  ...["今天", "明天", "后天", "大后天", "今早", "今晚", "明早", "明晚"],
  ...["早上", "上午", "中午", "下午", "晚上"],
  ...["周末", "这周", "本周", "下周", "下个?星期", "下个?礼拜", "下个月", "月底", "月初"],
  ...["周[一二三四五六日天]", "星期[一二三四五六日天]", "礼拜[一二三四五六日天]"],
  ...["\\d{1,2}月\\d{1,2}", "\\d{1,2}[号日点]", "[一二三四五六七八九十两]{1,3}[号点]", "\\d{1,2}:\\d{2}"],
];
const TIME_WORD = `(?:${TIME_WORDS.join("|")})`;

/** Phrases meaning that the customer cannot come at the booked time. */
const CANNOT_COME = "(?:来不了|去不了|不去了|不来了|过不来|有事|赶不上|取消)";

export const INTENT_RULES: readonly IntentRule[] = [
  {
    id: "complaint.words",
    intent: "complaint",
    description: "投诉、差评、对服务或收费不满",
    priority: INTENT_PRIORITY.complaint,
    keywords: [
      "投诉",
      "差评",
      "举报",
      "12315",
      "消协",
      "消费者协会",
      "曝光",
      "维权",
      "态度太差",
      "态度很差",
      "态度差",
      "服务太差",
      "太差了",
      "什么服务",
      "什么态度",
      "坑人",
      "坑爹",
      "太坑",
      "被坑",
      "骗人",
      "骗子",
      "欺骗",
      "乱收费",
      "乱报价",
      "强制消费",
      "不满意",
      "很生气",
      "气死",
      "退钱",
      "退款",
      "赔偿",
      "要个说法",
      "给个说法",
      "找你们领导",
      "找你们经理",
    ],
    unless: [
      "不是投诉",
      "不是要投诉",
      "不是来投诉",
      "不投诉",
      "不想投诉",
      "没有投诉",
      "不算投诉",
      "没有不满意",
    ],
  },
  {
    id: "comeback.words",
    intent: "comeback",
    description: "返修：修过或保养过之后同样的问题又出现",
    priority: INTENT_PRIORITY.comeback,
    keywords: [
      "返修",
      "又坏了",
      "又出现",
      "又出问题",
      "同样的问题",
      "同样问题",
      "同一个问题",
      "一样的问题",
      "老毛病",
      "老问题",
      "毛病又",
      "还是没修好",
      "没修好",
      "没有修好",
      "问题还在",
      "还是有问题",
      "修完又",
      "修好又",
      "保养完又",
      "换完又",
      "又漏油",
      "又漏水",
      "又响",
      "又亮",
      "又抖",
    ],
    patterns: [
      // "保养完三天，异响还是有": a finished job, then within the same sentence the fault again.
      /(?:修|保养|换|弄|处理)(?:完|好|过)[^。.!?！？]{0,12}(?:又|还是|仍然|依然)(?:有|出|坏|漏|响|亮|抖|不行|一样)/,
    ],
    unless: ["不是返修", "还没修好吗", "还没修好么", "还没修好呢"],
  },
  {
    id: "askHuman.words",
    intent: "askHuman",
    description: "要求转人工、找客服或找自己的服务顾问",
    priority: INTENT_PRIORITY.askHuman,
    keywords: [
      "转人工",
      "人工服务",
      "人工客服",
      "要人工",
      "找人工",
      "找客服",
      "联系客服",
      "客服电话",
      "真人",
      "是机器人",
      "叫我的顾问",
      "找我的顾问",
      "我的顾问",
      "联系顾问",
      "让顾问",
      "专属顾问",
      "服务顾问",
      "给我打电话",
      "打电话给我",
    ],
    // The assistant's own prompts tell customers to reply just “人工”.
    patterns: [/^\s*(?:请|麻烦)?(?:转)?人工(?:吧|啊|呀|谢谢)?[。！!.~～]*\s*$/],
  },
  {
    id: "reschedule.words",
    intent: "reschedule",
    description: "改约：换时间、推迟、提前",
    priority: INTENT_PRIORITY.reschedule,
    keywords: [
      "改时间",
      "改一下时间",
      "改个时间",
      "改到",
      "改成",
      "改约",
      "改期",
      "改天",
      "换个时间",
      "换一个时间",
      "换时间",
      "换一天",
      "换个日子",
      "推迟",
      "推后",
      "延后",
      "延期",
      "往后推",
      "往后延",
      "提前到",
      "提前一天",
      "调整时间",
      "重新约",
    ],
    unless: ["不改", "不用改", "不想改", "不要改", "不是要改", "不推迟", "不用推迟", "不换", "不用换"],
  },
  {
    id: "reschedule.cannotComeButOtherTime",
    intent: "reschedule",
    description: "说来不了，同时提出另一个时间（明天来不了，后天可以吗）",
    priority: INTENT_PRIORITY.reschedule,
    keywords: [],
    patterns: [
      // The ending word must not start "来不了" again: "明天来不了，后天也来不了" stays a cancel.
      new RegExp(`${CANNOT_COME}.{0,12}${TIME_WORD}.{0,6}(?:可以|行|有空|方便|能(?!来不)|来(?!不)|去(?!不)|吧)`),
    ],
  },
  {
    id: "cancel.words",
    intent: "cancel",
    description: "取消预约、来不了",
    priority: INTENT_PRIORITY.cancel,
    keywords: [
      "取消",
      "撤销预约",
      "不去了",
      "不来了",
      "来不了",
      "去不了",
      "不能来了",
      "过不来了",
      "不约了",
      "不用来了",
    ],
    unless: [
      "不想取消",
      "不用取消",
      "不要取消",
      "不取消",
      "别取消",
      "先不取消",
      "不是取消",
      "没取消",
      "没有取消",
      "不必取消",
      "无需取消",
    ],
  },
  {
    id: "listBookings.words",
    intent: "listBookings",
    description: "查询自己已有的预约",
    priority: INTENT_PRIORITY.listBookings,
    keywords: [
      "我的预约",
      "查预约",
      "查一下预约",
      "查下预约",
      "预约记录",
      "预约信息",
      "约好了吗",
      "约上了吗",
      "预约上了吗",
      "预约成功了吗",
      "有没有约上",
    ],
    patterns: [/约(?:的|了|在)是?(?:哪天|哪一天|几号|几点|什么时候|啥时候)/],
  },
  {
    id: "askPrice.words",
    intent: "askPrice",
    description: "问价格、费用、优惠",
    priority: INTENT_PRIORITY.askPrice,
    keywords: [
      "多少钱",
      "多钱",
      "几多钱",
      "啥价",
      "什么价",
      "价格",
      "价钱",
      "费用",
      "收费",
      "报价",
      "贵不贵",
      "贵吗",
      "怎么算钱",
      "工时费",
      "人工费",
      "配件费",
      "材料费",
      "花多少",
      "优惠",
      "打折",
      "便宜点",
    ],
  },
  {
    id: "askDuration.words",
    intent: "askDuration",
    description: "问要做多久、什么时候能取车",
    priority: INTENT_PRIORITY.askDuration,
    keywords: [
      "多久",
      "多长时间",
      "多少时间",
      "几个小时",
      "几小时",
      "几个钟",
      "要几天",
      "几天能好",
      "当天能取",
      "当天能好",
      "等多长",
      "还没修好吗",
      "还没修好么",
      "还没修好呢",
    ],
    patterns: [
      /(?:什么时候|啥时候|几点)(?:能|可以|才能|才可以)?(?:取|提|拿)车/,
      /(?:什么时候|啥时候|几点)(?:能|可以|才能)?(?:修|弄|做)?好/,
    ],
    unless: ["多久保养一次", "多久做一次", "多久换一次", "多久一次"],
  },
  {
    id: "book.words",
    intent: "book",
    description: "预约保养、维修、检查，或描述需要维修的故障",
    priority: INTENT_PRIORITY.book,
    keywords: [
      "预约",
      "预定",
      "想约",
      "要约",
      "约一下",
      "约个",
      "帮我约",
      "可以约",
      "能约",
      "保养",
      "首保",
      "修车",
      "维修",
      "检修",
      "过来修",
      "来修",
      "去修",
      "检查一下",
      "检查",
      "看一下车",
      "看看车",
      "换机油",
      "换机滤",
      "机油",
      "刹车片",
      "换轮胎",
      "补胎",
      "四轮定位",
      "钣金",
      "喷漆",
      "异响",
      "故障灯",
      "漏油",
      "漏水",
      "打不着火",
      "坏了",
    ],
    patterns: [new RegExp(`约(?:一下|个|在)?${TIME_WORD}`)],
    unless: [
      "不保养",
      "不用保养",
      "不需要保养",
      "不想保养",
      "不做保养",
      "不预约",
      "不用预约",
      "不需要预约",
      "不约",
      "不用约",
      "不想约",
      "不修",
      "不用修",
      "不需要修",
      "不用检查",
    ],
  },
  {
    id: "book.timeQuestion",
    intent: "book",
    description: "带时间的询问（明天上午有空吗、周六可以吗）",
    priority: INTENT_PRIORITY.book,
    keywords: [],
    patterns: [
      new RegExp(
        `${TIME_WORD}.{0,8}(?:有空|可以|行|方便|有位置|有时间|有号|能来|能去|能过来)(?:吗|么|不|没|嘛|\\?)`,
      ),
    ],
  },
  {
    id: "greeting.words",
    intent: "greeting",
    description: "打招呼",
    priority: INTENT_PRIORITY.greeting,
    keywords: [
      "你好",
      "您好",
      "你们好",
      "在吗",
      "在么",
      "在不在",
      "有人吗",
      "有人在吗",
      "哈喽",
      "哈啰",
      "嗨",
      "hi",
      "hello",
      "hey",
      "早上好",
      "上午好",
      "中午好",
      "下午好",
      "晚上好",
      "早安",
    ],
  },
  {
    id: "thanks.words",
    intent: "thanks",
    description: "道谢",
    priority: INTENT_PRIORITY.thanks,
    keywords: [
      "谢谢",
      "多谢",
      "感谢",
      "谢啦",
      "谢了",
      "辛苦了",
      "辛苦你",
      "麻烦你了",
      "thanks",
      "thank you",
      "thx",
    ],
  },
];
