import { describe, expect, it } from "vitest";
import { allowedMethods, isSameOrigin } from "./security";

describe("isSameOrigin", () => {
  it("accepts only an Origin naming the very host, port included", () => {
    expect(isSameOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
    expect(isSameOrigin("https://toll.example.org", "toll.example.org")).toBe(true);
    expect(isSameOrigin("http://127.0.0.1", "127.0.0.1:3000")).toBe(false);
    expect(isSameOrigin("https://evil.example", "toll.example.org")).toBe(false);
    expect(isSameOrigin("null", "toll.example.org")).toBe(false);
    expect(isSameOrigin(null, "toll.example.org")).toBe(false);
    expect(isSameOrigin("https://toll.example.org", null)).toBe(false);
  });
});

describe("allowedMethods", () => {
  it("lets forms post only on the pages that have editors' forms", () => {
    expect(allowedMethods("/sign-in")).toContain("POST");
    expect(allowedMethods("/review")).toContain("POST");
    expect(allowedMethods("/figures/sana-2014-02-17-1")).toContain("POST");
    expect(allowedMethods("/figures")).not.toContain("POST");
    expect(allowedMethods("/robots.txt")).not.toContain("POST");
    expect(allowedMethods("/")).not.toContain("POST");
    expect(allowedMethods("/reviewer")).not.toContain("POST");
    expect(allowedMethods("/api/v1/figures")).not.toContain("POST");
  });
});
