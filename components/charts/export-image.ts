/**
 * The chart as a picture: the SVG on screen (Recharts' drawing, or the plain
 * one the server sent when the chart has not been used yet), made standalone
 * (inline size, white background, a title above and the source line below),
 * saved as SVG or drawn onto a canvas at twice the size and saved as PNG.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

/** The chart's SVG pieces, each placed where it sits on screen, and the drawing's size. */
function chartDrawing(container: HTMLElement): { parts: SVGSVGElement[]; width: number; height: number } | null {
  const surface = container.querySelector("svg.recharts-surface");
  const plain = container.querySelector("[data-static-chart]");
  const box = surface instanceof SVGSVGElement ? surface : plain instanceof HTMLElement ? plain : null;
  if (!box) return null;
  const frame = box.getBoundingClientRect();
  const pieces = box instanceof SVGSVGElement ? [box] : [...box.children].filter((c) => c instanceof SVGSVGElement);
  const parts = pieces.map((piece) => {
    const at = piece.getBoundingClientRect();
    const part = piece.cloneNode(true) as SVGSVGElement;
    part.setAttribute("x", String(Math.round(at.left - frame.left)));
    part.setAttribute("y", String(Math.round(at.top - frame.top)));
    part.setAttribute("width", String(Math.round(at.width)));
    part.setAttribute("height", String(Math.round(at.height)));
    part.removeAttribute("style");
    part.removeAttribute("class");
    part.removeAttribute("tabindex");
    return part;
  });
  return { parts, width: frame.width, height: frame.height };
}

function standaloneSvg(
  container: HTMLElement,
  title: string,
  credit: string,
): { markup: string; width: number; height: number } | null {
  const drawing = chartDrawing(container);
  if (!drawing) return null;
  const { width, height } = drawing;
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

  const chart = document.createElementNS(SVG_NS, "svg");
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(top));
  chart.setAttribute("width", String(Math.round(width)));
  chart.setAttribute("height", String(Math.round(height)));
  chart.setAttribute("overflow", "visible");
  for (const part of drawing.parts) chart.appendChild(part);
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
