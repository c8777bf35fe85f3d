/** Invented new customers for the end-to-end chats, and the answers that register them. */

export interface NewCustomer {
  /** WeChat contact id. */
  wechatId: string;
  name: string;
  mobile: string;
  plate: string;
  model: string;
  /** Answer to the mileage question, e.g. "2万". */
  mileage: string;
}

export const CHEN: NewCustomer = {
  wechatId: "wxid-chen",
  name: "陈先生",
  mobile: "13800000091",
  plate: "沪A88881",
  model: "DS 7",
  mileage: "2万",
};

export const LIN: NewCustomer = {
  wechatId: "wxid-lin",
  name: "林女士",
  mobile: "13800000092",
  plate: "沪B66662",
  model: "DS 9",
  mileage: "2万5",
};

/**
 * List the answers a new customer gives after the first message, from the mobile number to the mileage:
 * mobile, consent, name, plate, model, "跳过" for the VIN, mileage. The reply to the last one carries the
 * plan and the slot offers.
 */
export function registrationAnswers(customer: NewCustomer): string[] {
  return [customer.mobile, "同意", customer.name, customer.plate, customer.model, "跳过", customer.mileage];
}
