/**
 * The chart as a picture: the SVG Recharts drew, made standalone (inline
 * size, white background, a title above and the source line below), saved as
 * SVG or drawn onto a canvas at twice the size and saved as PNG.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

function standaloneSvg(
  container: HTMLElement,
  title: string,
  credit: string,
): { markup: string; width: number; height: number } | null {
  const source = container.querySelector("svg.recharts-surface");
  if (!(source instanceof SVGSVGElement)) return null;
  const { width, height } = source.getBoundingClientRect();
  const top = 36;
  const bottom = 28;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("width", String(Math.round(width)));
  svg.setAttribute("height", String(Math.round(height + top + bottom)));
  svg.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height + top + bottom)}`);
  svg.setAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");

  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  svg.appendChild(background);

  const heading = document.createElementNS(SVG_NS, "text");
  heading.setAttribute("x", "8");
  heading.setAttribute("y", "24");
  heading.setAttribute("font-size", "16");
  heading.setAttribute("font-weight", "600");
  heading.textContent = title;
  svg.appendChild(heading);

  const chart = source.cloneNode(true) as SVGSVGElement;
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(top));
  chart.setAttribute("width", String(Math.round(width)));
  chart.setAttribute("height", String(Math.round(height)));
  chart.removeAttribute("style");
  chart.removeAttribute("tabindex");
  svg.appendChild(chart);

  const footer = document.createElementNS(SVG_NS, "text");
  footer.setAttribute("x", "8");
  footer.setAttribute("y", String(Math.round(height + top + bottom - 8)));
  footer.setAttribute("font-size", "11");
  footer.setAttribute("fill", "#555555");
  footer.textContent = credit;
  svg.appendChild(footer);

  return {
    markup: new XMLSerializer().serializeToString(svg),
    width: Math.round(width),
    height: Math.round(height + top + bottom),
  };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadChartImage(
  container: HTMLElement,
  format: "svg" | "png",
  filename: string,
  title: string,
  credit: string,
): Promise<void> {
  const image = standaloneSvg(container, title, credit);
  if (!image) throw new Error("there is no chart to save: switch to the chart view first");
  const svgBlob = new Blob([image.markup], { type: "image/svg+xml;charset=utf-8" });
  if (format === "svg") return save(svgBlob, `${filename}.svg`);

  const scale = 2;
  const url = URL.createObjectURL(svgBlob);
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the chart could not be drawn as a picture"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw pictures");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("the picture could not be encoded");
    save(png, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
