import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "./errors";
import { ENDPOINT_PARAMETERS, parseApiQuery, type QuerySpec } from "./query";

const figures: QuerySpec = { view: ENDPOINT_PARAMETERS.figures, formats: true };
const series: QuerySpec = { view: ENDPOINT_PARAMETERS.series, formats: true, chart: "required" };

function problem(query: string, spec: QuerySpec, suffix: "csv" | null = null) {
  try {
    parseApiQuery(new URLSearchParams(query), spec, suffix);
  } catch (e) {
    if (e instanceof InvalidParameterError) return e;
    throw e;
  }
  throw new Error(`"${query}" was accepted`);
}

describe("parseApiQuery", () => {
  it("reads a view, a format and the canonical query", () => {
    const q = parseApiQuery(
      new URLSearchParams("dir=desc&metrics=refugees,killed&format=csv&hxl=1&sort=value"),
      figures,
    );
    expect(q.format).toBe("csv");
    expect(q.hxl).toBe(true);
    expect(q.view.metrics).toEqual(["refugees", "killed"]);
    expect(q.viewQuery).toBe("metrics=refugees,killed&sort=value&dir=desc");
  });

  it("defaults to JSON, or to the format the path asks for", () => {
    expect(parseApiQuery(new URLSearchParams(""), figures).format).toBe("json");
    expect(parseApiQuery(new URLSearchParams(""), figures, "csv").format).toBe("csv");
    expect(parseApiQuery(new URLSearchParams("format=csv"), figures, "csv").format).toBe("csv");
    expect(parseApiQuery(new URLSearchParams("hxl=true"), figures, "csv").hxl).toBe(true);
    expect(parseApiQuery(new URLSearchParams("hxl=0"), figures).hxl).toBe(false);
  });

  it("reads the chart", () => {
    expect(parseApiQuery(new URLSearchParams("chart=daily-deaths&machine=false"), series).chart).toBe("daily-deaths");
  });

  it.each([
    ["metrics=wounded", figures, "metrics"],
    ["from=2014-01-01&to=2012-01-01", figures, "from"],
    ["from=2014-02-30", figures, "from"],
    ["to=01/02/2014", figures, "to"],
    ["colour=red", figures, "colour"],
    ["scale=log", figures, "scale"],
    [`sources=${"a".repeat(501)}`, figures, "sources"],
    [`format=${"c".repeat(501)}`, figures, "format"],
    ["metrics=killed&metrics=refugees", figures, "metrics"],
    ["format=csv&format=csv", figures, "format"],
    ["format=xml", figures, "format"],
    ["format=CSV", figures, "format"],
    ["hxl=yes", figures, "hxl"],
    ["hxl=1", figures, "hxl"],
    ["", series, "chart"],
    ["chart=pie", series, "chart"],
    ["chart=deaths&chart=deaths", series, "chart"],
    ["chart=deaths&sort=value", series, "sort"],
    ["chart=deaths", figures, "chart"],
  ] as const)("refuses %j naming %s", (query, spec, parameter) => {
    const e = problem(query, spec);
    expect(e.status).toBe(400);
    expect(e.parameter).toBe(parameter);
    expect(e.message).toContain(parameter);
    expect(e.toBody()).toMatchObject({ error: e.message, parameter });
  });

  it("refuses a format that contradicts the path", () => {
    expect(problem("format=json", figures, "csv").parameter).toBe("format");
  });

  it("names the first bad parameter in query order and lists them all", () => {
    const e = problem("hxl=maybe&metrics=wounded&bogus=1", figures);
    expect(e.parameter).toBe("hxl");
    expect(e.toBody().errors?.map((x) => x.parameter)).toEqual(["hxl", "metrics", "bogus"]);
  });

  it("takes view parameters that depend on the chart", () => {
    const spec: QuerySpec = {
      view: (chart) => (chart ? ENDPOINT_PARAMETERS.series : ENDPOINT_PARAMETERS.figures),
      chart: "optional",
    };
    expect(parseApiQuery(new URLSearchParams("sort=value"), spec).chart).toBeNull();
    expect(problem("chart=deaths&sort=value", spec).parameter).toBe("sort");
    expect(problem("format=csv", spec).parameter).toBe("format");
  });

  it("treats an empty value as absent, as a GET form sends it", () => {
    const q = parseApiQuery(new URLSearchParams("metrics=&format=&hxl="), figures);
    expect(q.format).toBe("json");
    expect(q.viewQuery).toBe("");
  });
});
