/**
 * Lines as a page hands them to its client charts. A page's props are
 * written into its HTML (React's server component payload) and parsed
 * again in the browser before anything hydrates; written point by point,
 * every point repeats what its line already says (its metric, source,
 * place, scope, how its reports were left out) and its id spells out the
 * rest. Packed, each field of a line's points is kept once when every point
 * shares it, as a pick from the line's few distinct values, or one value
 * per point, whichever is shortest; a point's id is left out when it is the
 * one `pointId` builds. `unpackLines` gives back the same lines, field for
 * field: nothing is rounded, merged or dropped.
 */
import type { ChartData, TrendChartData } from "./charts";
import { pointId, type Series, type SeriesLine, type SeriesPoint } from "./series";
import { REPORTED_FIELDS } from "./vocabulary";

type Field = Exclude<keyof SeriesPoint, "id">;

const FIELDS = ["t", ...REPORTED_FIELDS, "offensive", "sources", "sourcesLeftOut"] as const satisfies readonly Field[];

// A field added to SeriesPoint and not to FIELDS would be lost on the way: this line stops the build instead.
const everyFieldPacked: [Exclude<Field, (typeof FIELDS)[number]>] extends [never] ? true : never = true;
void everyFieldPacked;

/**
 * One field of a line's points: shared by all, picked by index from a few
 * values (-1: the point has no such field), or one per point. A field no
 * point has (or a line with no points) has no column.
 */
export type Column<V> = { same: V } | { from: V[]; pick: number[] } | { each: V[] };

export type PackedColumns = { [K in Field]?: Column<SeriesPoint[K]> };

export interface PackedLine extends Omit<SeriesLine, "points"> {
  /** How many points the line has. */
  count: number;
  columns: PackedColumns;
  /** Each point's id, only when one is not the id `pointId` builds from its line and fields. */
  ids?: string[];
}

export type PackedChart =
  Exclude<ChartData, TrendChartData> | (Omit<TrendChartData, "lines"> & { lines: PackedLine[] });

export interface PackedSeries extends Omit<Series, "lines"> {
  lines: PackedLine[];
}

const size = (column: unknown) => JSON.stringify(column).length;

function packColumn<V>(values: readonly V[]): Column<V> | undefined {
  const from: V[] = [];
  const index = new Map<string, number>();
  const pick = values.map((value) => {
    if (value === undefined) return -1;
    const key = JSON.stringify(value);
    let i = index.get(key);
    if (i === undefined) {
      i = from.length;
      index.set(key, i);
      from.push(value);
    }
    return i;
  });
  if (from.length === 0) return undefined;
  // JSON has no undefined: a column some points lack is always picked.
  const lacking = pick.includes(-1);
  if (from.length === 1 && !lacking) return { same: from[0]! };
  const picked = { from, pick };
  const each = { each: [...values] };
  return lacking || size(picked) < size(each) ? picked : each;
}

function columnValue<V>(column: Column<V>, i: number): V | undefined {
  if ("same" in column) return column.same;
  if ("each" in column) return column.each[i];
  return column.from[column.pick[i]!];
}

export function packLines(lines: readonly SeriesLine[]): PackedLine[] {
  return lines.map(({ points, ...line }) => {
    const columns: Record<string, Column<unknown>> = {};
    for (const field of FIELDS) {
      const column = packColumn<unknown>(points.map((p) => p[field]));
      if (column) columns[field] = column;
    }
    const derived = points.every((p) => p.id === pointId(line.key, p));
    return { ...line, count: points.length, columns, ...(derived ? {} : { ids: points.map((p) => p.id) }) };
  });
}

export function unpackLines(lines: readonly PackedLine[]): SeriesLine[] {
  return lines.map(({ count, columns, ids, ...line }) => {
    const points = Array.from({ length: count }, (_, i) => {
      const point: Partial<SeriesPoint> = {};
      for (const field of FIELDS) {
        const column: Column<unknown> | undefined = columns[field];
        const value = column && columnValue(column, i);
        // An optional field no point has stays absent, as it was.
        if (value !== undefined) (point as Record<Field, unknown>)[field] = value;
      }
      const whole = point as Omit<SeriesPoint, "id">;
      return { id: ids?.[i] ?? pointId(line.key, whole), ...whole } as SeriesPoint;
    });
    return { ...line, points };
  });
}

export function packChart(chart: ChartData): PackedChart {
  return chart.kind === "trend" ? { ...chart, lines: packLines(chart.lines) } : chart;
}

export function unpackChart(chart: PackedChart): ChartData {
  return chart.kind === "trend" ? { ...chart, lines: unpackLines(chart.lines) } : chart;
}

export function packSeries(series: Series): PackedSeries {
  return { ...series, lines: packLines(series.lines) };
}

export function unpackSeries(series: PackedSeries): Series {
  return { ...series, lines: unpackLines(series.lines) };
}
