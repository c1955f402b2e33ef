import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../charts";
import { METRICS } from "../schema";
import { buildOpenApi } from "./openapi";

describe("buildOpenApi", () => {
  const doc = buildOpenApi();

  it("is OpenAPI 3.1 and survives JSON", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("lists every endpoint", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/figures",
        "/api/v1/figures.csv",
        "/api/v1/series",
        "/api/v1/series.csv",
        "/api/v1/offensives",
        "/api/v1/offensives.csv",
        "/api/v1/offensives/{slug}",
        "/api/v1/offensives/{slug}/series",
        "/api/v1/reports",
        "/api/v1/reports.csv",
        "/api/v1/reports/{id}",
        "/api/v1/metadata.json",
        "/api/v1/openapi.json",
      ].sort(),
    );
  });

  it("takes its enums from the parsers' constants", () => {
    expect(doc.components.parameters.metrics?.schema.items?.enum).toEqual(METRICS);
    expect(doc.components.parameters.chart?.schema.enum).toEqual(CHART_IDS);
  });

  it("has every $ref resolve", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      const path = r.slice(8, -1).replace(/^#\//, "").split("/");
      let node: unknown = doc;
      for (const key of path) node = (node as Record<string, unknown>)[key];
      expect(node, r).toBeDefined();
    }
  });

  it("documents 400 with the error shape on every operation", () => {
    for (const item of Object.values(doc.paths)) expect(item.get.responses["400"]).toBeDefined();
    expect(doc.components.schemas.Error?.required).toEqual(["error"]);
  });
});
