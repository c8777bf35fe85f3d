import { describe, expect, it } from "vitest";

import { classifyIntent, explainIntent } from "../../src/language/intent.js";
import type { Intent } from "../../src/language/intent.js";
import { INTENT_PRIORITY, INTENT_RULES } from "../../src/language/intent-rules.js";

describe("classifyIntent", () => {
  it.each<[string, Intent]>([
    ["上次保养完又漏油了，我要投诉", "complaint"],
    ["你们的服务态度太差了", "complaint"],
    ["不是投诉，但服务态度太差了", "complaint"],
    ["你好，我要投诉你们的顾问", "complaint"],
    ["乱收费，我要打12315", "complaint"],
    ["刚修完又坏了", "comeback"],
    ["又出现同样的问题", "comeback"],
    ["我要返修", "comeback"],
    ["保养完三天，异响还是有", "comeback"],
    ["转人工", "askHuman"],
    ["叫我的顾问来跟我说", "askHuman"],
    ["你是机器人吗，我要找真人", "askHuman"],
    ["人工服务", "askHuman"],
    ["不想取消，能改到周五吗", "reschedule"],
    ["明天来不了了，后天可以吗", "reschedule"],
    ["今天有事，明天来", "reschedule"],
    ["明天来不了，后天也来不了", "cancel"],
    ["改成明天上午", "reschedule"],
    ["能推迟一天吗", "reschedule"],
    ["我想换个时间", "reschedule"],
    ["帮我取消预约", "cancel"],
    ["取消我的预约", "cancel"],
    ["明天来不了了", "cancel"],
    ["不去了", "cancel"],
    ["查一下我的预约", "listBookings"],
    ["我约的是哪天来着", "listBookings"],
    ["不是投诉，就想问下保养多少钱", "askPrice"],
    ["人工费多少钱", "askPrice"],
    ["做个小保养多少钱", "askPrice"],
    ["贵不贵啊", "askPrice"],
    ["换机油要多久", "askDuration"],
    ["什么时候能取车", "askDuration"],
    ["车还没修好吗", "askDuration"],
    ["我想约明天上午做保养", "book"],
    ["你好，我想预约保养", "book"],
    ["周六上午有空吗", "book"],
    ["明天下午三点可以吗", "book"],
    ["好的谢谢，那就约周五吧", "book"],
    ["车子有异响，想过来检查一下", "book"],
    ["多久保养一次", "book"],
    ["你好", "greeting"],
    ["在吗", "greeting"],
    ["Hi", "greeting"],
    ["ＨＥＬＬＯ", "greeting"],
    ["谢谢", "thanks"],
    ["辛苦了", "thanks"],
    ["这次先不保养了，谢谢", "thanks"],
    ["不用取消了", "none"],
    ["可以吗", "none"],
    ["this is fine", "none"],
    ["好的", "none"],
    ["", "none"],
    ["👍👍", "none"],
    ["¥%&*@#!~", "none"],
  ])("classifies %j as %s", (text, expected) => {
    expect(classifyIntent(text)).toBe(expected);
  });

  it("reads only first 2000 characters", () => {
    const text = `${"嗯".repeat(2000)}我要投诉`;

    expect(classifyIntent(text)).toBe("none");
  });

  it("handles 10000 characters quickly", () => {
    const text = `${"明天来不了 ".repeat(2000)}`;

    const startedMs = performance.now();
    const intent = classifyIntent(text);
    const elapsedMs = performance.now() - startedMs;

    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(intent).toBe("cancel");
    expect(elapsedMs).toBeLessThan(200);
  });

  it("returns none for non-string input", () => {
    expect(classifyIntent(undefined as unknown as string)).toBe("none");
  });
});

describe("explainIntent", () => {
  it("lists every intent best first", () => {
    const matches = explainIntent("上次保养完又漏油了，我要投诉");

    expect(matches.map((match) => match.intent)).toEqual(["complaint", "comeback", "book"]);
  });

  it("names rule and matched text", () => {
    const [first] = explainIntent("帮我取消预约");

    expect(first).toEqual({ intent: "cancel", rule: "cancel.words", matched: "取消" });
  });

  it("reports pattern match text", () => {
    const [first] = explainIntent("周六上午有空吗");

    expect(first?.rule).toBe("book.timeQuestion");
    expect(first?.matched).toBe("周六上午有空吗");
  });

  it("lists each intent once", () => {
    const matches = explainIntent("明天来不了了，后天可以吗");

    const intents = matches.map((match) => match.intent);
    expect(new Set(intents).size).toBe(intents.length);
  });

  it("returns empty list without match", () => {
    expect(explainIntent("好的")).toEqual([]);
  });
});

describe("INTENT_RULES", () => {
  it("has unique rule ids", () => {
    const ids = INTENT_RULES.map((rule) => rule.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["人工", "askHuman"],
    ["人工！", "askHuman"],
    ["请人工", "askHuman"],
    ["人工费多少钱", "askPrice"],
  ] as const)("reads the bare word %s", (text, expected) => {
    expect(classifyIntent(text)).toBe(expected);
  });

  it.each(INTENT_RULES.map((rule) => [rule.id, rule] as const))("rule %s is well formed", (_id, rule) => {
    expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.keywords.length + (rule.patterns?.length ?? 0)).toBeGreaterThan(0);
    expect(rule.priority).toBe(INTENT_PRIORITY[rule.intent as keyof typeof INTENT_PRIORITY]);
    for (const keyword of rule.keywords) {
      expect(keyword.trim()).not.toBe("");
    }
  });
});
