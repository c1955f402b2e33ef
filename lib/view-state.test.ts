import { describe, expect, it } from "vitest";
import {
  chartState,
  DEFAULT_VIEW,
  embedView,
  hasEmptyParameters,
  parseViewState,
  serializeViewState,
  withChartChoice,
} from "./view-state";

describe("parseViewState", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseViewState({})).toEqual({ state: DEFAULT_VIEW, errors: [] });
  });

  it("reads every parameter", () => {
    const { state, errors } = parseViewState(
      new URLSearchParams(
        "metrics=killed,refugees&sources=UN,unattributed&offensive=qalamoun-2013&from=2012-01-01&to=2014-12-31&scale=linear&tab=table&machine=false&sort=value&dir=desc&order=outlet&q=Le+Monde&page=3&scales=deaths:log,displacement:linear&tabs=offensives:table&after=WyJhIl0&before=WyJiIl0",
      ),
    );
    expect(errors).toEqual([]);
    expect(state).toEqual({
      metrics: ["killed", "refugees"],
      sources: ["UN", "unattributed"],
      offensive: "qalamoun-2013",
      from: "2012-01-01",
      to: "2014-12-31",
      scale: "linear",
      tab: "table",
      scales: { deaths: "log", displacement: "linear" },
      tabs: { offensives: "table" },
      machine: false,
      sort: "value",
      dir: "desc",
      order: "outlet",
      q: "Le Monde",
      page: 3,
      after: "WyJhIl0",
      before: "WyJiIl0",
    });
  });

  it.each([
    ["metrics=wounded", "metrics"],
    ["metrics=killed,wounded", "metrics"],
    ["from=2012-13-01", "from"],
    ["to=yesterday", "to"],
    ["after=not%20a%20cursor", "after"],
    ["scale=cubic", "scale"],
    ["tab=map", "tab"],
    ["page=0", "page"],
    ["scales=deaths:cubic", "scales"],
    ["scales=deaths", "scales"],
    ["tabs=Deaths:table", "tabs"],
    ["page=two", "page"],
    ["order=size", "order"],
    ["machine=maybe", "machine"],
    ["offensive=Not A Slug", "offensive"],
    ["sources=%3Cscript%3E", "sources"],
    ["from=2014-01-01&to=2012-01-01", "from"],
    ["scale=log&scale=linear", "scale"],
    ["sources=" + "A".repeat(600), "sources"],
    ["colour=red", "colour"],
  ])("reports a bad %s as a bad %s and falls back to the default", (query, parameter) => {
    const { state, errors } = parseViewState(new URLSearchParams(query));
    expect(errors.map((e) => e.parameter)).toEqual([parameter]);
    expect(errors[0]?.message).toContain(parameter);
    if (parameter in DEFAULT_VIEW) {
      expect(state[parameter as keyof typeof DEFAULT_VIEW]).toEqual(
        DEFAULT_VIEW[parameter as keyof typeof DEFAULT_VIEW],
      );
    }
  });

  it("treats parameters outside a view's own as unknown", () => {
    const { errors } = parseViewState({ sort: "value" }, ["metrics"]);
    expect(errors).toEqual([{ parameter: "sort", message: 'unknown parameter "sort"' }]);
  });
});

describe("serializeViewState", () => {
  it("leaves out defaults, so the default view's link is bare", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("writes parameters in one fixed order whatever order they were set in", () => {
    const a = serializeViewState({ tab: "table", metrics: ["killed"], scale: "linear" });
    const b = serializeViewState({ scale: "linear", metrics: ["killed"], tab: "table" });
    expect(a).toBe(b);
    expect(a).toBe("?metrics=killed&scale=linear&tab=table");
  });

  it("round-trips through parseViewState", () => {
    const state = { ...DEFAULT_VIEW, metrics: ["refugees" as const], from: "2012-01-01", machine: false };
    const query = serializeViewState(state);
    expect(parseViewState(new URLSearchParams(query)).state).toEqual(state);
  });
});

describe("hasEmptyParameters", () => {
  it("spots the empty fields a GET form sends", () => {
    expect(hasEmptyParameters(new URLSearchParams("metrics=killed&sources=&from="))).toBe(true);
    expect(hasEmptyParameters(new URLSearchParams("metrics=killed"))).toBe(false);
    expect(hasEmptyParameters({ q: "" })).toBe(true);
  });
});

describe("per-chart scale and tab", () => {
  it("gives a chart its own choice, else the view-wide one", () => {
    const view = { ...DEFAULT_VIEW, scale: "log" as const, scales: { deaths: "linear" as const } };
    expect(chartState(view, "deaths")).toEqual({ scale: "linear", tab: "chart" });
    expect(chartState(view, "displacement")).toEqual({ scale: "log", tab: "chart" });
  });

  it("changes one chart only, and drops a choice equal to the view-wide one", () => {
    const once = { ...DEFAULT_VIEW, ...withChartChoice(DEFAULT_VIEW, "deaths", { scale: "linear" }) };
    expect(serializeViewState(once)).toBe("?scales=deaths:linear");
    const twice = { ...once, ...withChartChoice(once, "offensives", { tab: "table" }) };
    expect(serializeViewState(twice)).toBe("?scales=deaths:linear&tabs=offensives:table");
    const back = { ...twice, ...withChartChoice(twice, "deaths", { scale: "log" }) };
    expect(serializeViewState(back)).toBe("?tabs=offensives:table");
  });

  it("folds a chart's own choices into an embed's view-wide ones", () => {
    const view = { ...DEFAULT_VIEW, scales: { deaths: "linear" as const }, tabs: { deaths: "table" as const } };
    expect(serializeViewState(embedView(view, "deaths"))).toBe("?scale=linear&tab=table");
  });
});
