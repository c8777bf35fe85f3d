/**
 * Words around a time mention that tell which mention is the booking: a cancelled time (3点到不了),
 * an alternative (周三还是周四), a pick-up time (下午5点能取吗), an earlier visit (上次3月5号做的).
 * Each pattern reads the text right before or right after one mention.
 */

import type { Mention } from "./mention.js";

/** Characters of context that the cues look at on each side of a mention. */
const CONTEXT_CHARS = 16;

const NEGATION_WORDS =
  "不行|不可以|不能来|不能去|不太行|不方便|不太方便|没空|没时间|有事|来不了|去不了|到不了|赶不上|过不来|" +
  "不来了|不去了|取消|算了|不合适|没法来|没办法";

/** After a mention: it is cancelled (3点到不了, 周三不行), unless a question or a condition follows. */
const CANCELLED_AFTER = new RegExp(
  `^[\\s，,]*(?:我|也|都|可能|应该|恐怕|估计|实在|真的?|就|又)*(?:${NEGATION_WORDS})(?!吗|嘛|么|的话|呢|[?？])`,
);

/** Before a mention: it is cancelled (不是周三, 取消明天). 是不是周三 is a question and cancels nothing. */
const CANCELLED_BEFORE = /(?<!是)(?:不是|并非|不要|别约|取消)\s*$/;

/** After or before a mention: it is a condition, and the mention after it a fallback (明天不行的话后天). */
const CONDITION_AFTER = new RegExp(
  `^[\\s，,]*(?:吧|啊|呀|哈)?[\\s，,]*(?:如果|要是|万一)?(?:${NEGATION_WORDS}|没有)的话`,
);
const CONDITION_BEFORE = /(?:如果|要是|万一|假如)\s*$/;

/** Before a mention: it is only a fallback (要是没空就周日, 3点吧，不行的话4点, 有位置吗，没有的话明天). */
const FALLBACK_BEFORE = new RegExp(
  `(?:(?:如果|要是|万一|假如)[^，,。]{0,6}(?:${NEGATION_WORDS}|没位置|满了|约不上)(?:的话)?|` +
    `(?:${NEGATION_WORDS}|没位置|满了|约不上|没有)的话)[\\s，,]*(?:就|那就|那|再)?\\s*$`,
);

/** Between two mentions: the second is an alternative to the first (周三或者周四, 三点到四点). */
const ALTERNATIVE_BETWEEN = /^\s*(?:或者|或是|或|还是|要么|\/|跟|和|、|到|至|-|~|—)\s*$/;

/** After a mention: it is an alternative to an earlier one (11点也行). */
const ALTERNATIVE_AFTER = /^[\s，,]*(?:也行|也可以|也成|都行|都可以)/;

/** After or before a mention: it is the time to collect the car, not to bring it (下午5点能取吗). */
const PICKUP_WORDS = "取车|提车|拿车|交车|取|修好|弄好|做好|搞好|完工|完事|搞定|弄完|做完|修完|能好|会好";
const PICKUP_AFTER = new RegExp(
  `^[\\s，,]*(?:左右|前后)?(?:之前|以前|前)?\\s*(?:能|可以|可|会|就能|应该能|大概能)?\\s*(?:${PICKUP_WORDS})`,
);
const PICKUP_BEFORE = /(?:取车|提车|拿车|交车|接车)(?:时间)?(?:是|在|要|大概)?\s*$/;

/** After or before a mention: it names an earlier visit (上次3月5号做的保养, 昨天来过). */
const HISTORY_WORDS =
  "做的|保养的|修的|换的|来过|去过|做过|保养过|修过|换过|买的|提的车|提车的|到店的|进店的|坏的|出的问题";
const HISTORY_AFTER = new RegExp(`^[\\s，,]*(?:的时候)?(?:刚|已经)?(?:${HISTORY_WORDS})`);
const HISTORY_BEFORE = /(?:上次|上回|那次|去年|前年)[^，,。！!？?]{0,6}$/;

/** Role of a mention in the message, read from the words around it. */
export type MentionRole = {
  isCancelled: boolean;
  /** It names a condition ("if X does not work"), so the mention after it is only a fallback. */
  isCondition: boolean;
  isAlternative: boolean;
  /** It is what the customer takes if an earlier time does not work, not their choice. */
  isFallback: boolean;
  isPickup: boolean;
  isHistory: boolean;
};

/** Read the role of each mention from the text around it, in order. */
export function readMentionRoles(text: string, mentions: readonly Mention[]): MentionRole[] {
  return mentions.map((mention, position) => {
    const before = text.slice(Math.max(0, mention.index - CONTEXT_CHARS), mention.index);
    const after = text.slice(mention.end, mention.end + CONTEXT_CHARS);
    const previous = mentions[position - 1];
    const between = previous === undefined ? undefined : text.slice(previous.end, mention.index);

    const isCondition = CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(before);
    return {
      isCancelled: !isCondition && (CANCELLED_AFTER.test(after) || CANCELLED_BEFORE.test(before)),
      isCondition,
      isAlternative:
        previous !== undefined &&
        ((between !== undefined && ALTERNATIVE_BETWEEN.test(between)) || ALTERNATIVE_AFTER.test(after)),
      isFallback: previous !== undefined && FALLBACK_BEFORE.test(before),
      isPickup: PICKUP_AFTER.test(after) || PICKUP_BEFORE.test(before),
      isHistory: HISTORY_AFTER.test(after) || HISTORY_BEFORE.test(before),
    };
  });
}
