import { toHalfWidth } from "../normalize.js";

/**
 * Traditional characters that customers on traditional-character keyboards use in booking times,
 * mapped to simplified ones. Each maps one character to one, so indexes stay the same.
 */
const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  後: "后",
  號: "号",
  點: "点",
  週: "周",
  禮: "礼",
  個: "个",
  這: "这",
  兩: "两",
  時: "时",
  節: "节",
  國: "国",
  慶: "庆",
  過: "过",
  來: "来",
  陽: "阳",
  鐘: "钟",
  們: "们",
  開: "开",
  車: "车",
  勞: "劳",
  動: "动",
  誕: "诞",
  曆: "历",
};

/**
 * Normalise a message for the booking-time parsers: full-width digits and punctuation become
 * half-width ("１０：３０" → "10:30") and common traditional characters become simplified.
 * The result has the same length as the input.
 */
export function normalizeBookingText(text: string): string {
  let result = "";
  for (const char of toHalfWidth(text)) {
    result += TRADITIONAL_TO_SIMPLIFIED[char] ?? char;
  }
  return result;
}
