/** The download links of a table of figures: the rows it shows, as CSV (plain or with HXL tags) and JSON. */
export function TableDownloads({ path, query = "" }: { path: string; query?: string }) {
  const q = query.replace(/^\?/, "");
  const withQuery = (base: string, extra?: string) => {
    const parts = [q, extra].filter(Boolean).join("&");
    return parts ? `${base}?${parts}` : base;
  };
  // "/api/v1/offensives/latakia-2014" → "syria-toll-offensives-latakia-2014"
  const base = `syria-toll-${path.replace(/^\/api\/v1\//, "").replaceAll("/", "-")}`;
  const links = [
    { href: withQuery(`${path}.csv`), label: "CSV", filename: `${base}.csv` },
    { href: withQuery(`${path}.csv`, "hxl=1"), label: "CSV with HXL tags", filename: `${base}-hxl.csv` },
    { href: withQuery(path), label: "JSON", filename: `${base}.json` },
  ];
  return (
    <p className="text-sm" data-testid="table-downloads">
      <span className="text-muted">Download these figures with their sources: </span>
      {links.map((l, i) => (
        <span key={l.label}>
          {i > 0 ? " · " : ""}
          <a href={l.href} download={l.filename} className="underline underline-offset-2">
            {l.label}
          </a>
        </span>
      ))}
    </p>
  );
}
