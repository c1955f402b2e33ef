import type { KeyboardEvent } from "react";

/**
 * More keys for a Recharts chart. Recharts moves its keyboard cursor one point
 * per Left/Right arrow, and stops at either end; on a chart laid out top to
 * bottom it reads Right as "back". This adds Home and End (as many steps as
 * there are points land on the first or last) and, top to bottom, Up and Down.
 */
export function chartKeys(points: number, layout: "horizontal" | "vertical") {
  const back = layout === "horizontal" ? "ArrowLeft" : "ArrowRight";
  const forward = layout === "horizontal" ? "ArrowRight" : "ArrowLeft";
  const steps: Record<string, [string, number]> = {
    Home: [back, points],
    End: [forward, points],
    ...(layout === "vertical" ? { ArrowUp: [back, 1], ArrowDown: [forward, 1] } : {}),
  };
  return (event: KeyboardEvent<HTMLElement>) => {
    const step = steps[event.key];
    const target = event.target as Element;
    if (!step || !target.closest(".recharts-wrapper")) return;
    event.preventDefault();
    const [key, count] = step;
    for (let i = 0; i < count; i++)
      target.dispatchEvent(new globalThis.KeyboardEvent("keydown", { key, bubbles: true }));
  };
}
