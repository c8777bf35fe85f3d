import { describe, expect, it } from "vitest";

import { vinCheckDigit, withVinCheckDigit } from "../../src/store/seed/vin.js";

describe("vinCheckDigit", () => {
  // Expected digits were computed by hand from the ISO 3779 weights and transliteration table.
  it.each([
    ["11111111111111111", "1"],
    ["1M8GDM9A0KP042788", "X"],
    ["VR1J8HNS0RA123456", "3"],
    ["LSVAU2180N2183294", "X"],
    ["VR1JHFHN0RA510137", "2"],
  ])("computes %s as %s", (vin, expected) => {
    expect(vinCheckDigit(vin)).toBe(expected);
  });

  it.each([
    ["VR1J8HNS0RA12345", /expected 17 characters/],
    ["VR1J8HNS0RA12345I", /'I' is not a VIN character/],
    ["VR1J8HNS0RA12345o", /'o' is not a VIN character/],
  ])("rejects %s", (vin, message) => {
    expect(() => vinCheckDigit(vin)).toThrow(message);
  });
});

describe("withVinCheckDigit", () => {
  it("replaces position nine only", () => {
    expect(withVinCheckDigit("VR1J8HNS0RA123456")).toBe("VR1J8HNS3RA123456");
  });
});
