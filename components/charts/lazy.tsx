"use client";
/**
 * Charts draw as plain SVG on the server and in the browser until a reader
 * uses one: pointing at it, touching it, or moving the keyboard focus onto
 * it. Only then does the chart load its interactive module (Recharts, for
 * tooltips and stepping through points), so the library is not part of what
 * every reader downloads. React.lazy keeps the module once loaded, so every
 * chart used after the first switches at once.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type FocusEvent } from "react";

function useWhenUsed() {
  const [used, setUsed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // A keyboard reader who tabbed onto the plain chart keeps the focus on the interactive one.
  const focusAfterSwap = useRef(false);
  const use = useCallback(() => setUsed(true), []);
  const onFocus = useCallback((e: FocusEvent) => {
    focusAfterSwap.current = e.target instanceof Element && e.target.matches("[data-static-chart] svg[tabindex]");
    setUsed(true);
  }, []);
  useEffect(() => {
    if (!used || !focusAfterSwap.current) return;
    // Recharts draws its surface once it has measured its box, a frame or more after it mounts.
    let frame = 0;
    let tries = 0;
    const settle = () => {
      const surface = box.current?.querySelector<SVGElement>(".recharts-surface");
      if (surface) {
        focusAfterSwap.current = false;
        surface.focus();
      } else if (tries++ < 300) frame = requestAnimationFrame(settle);
    };
    settle();
    return () => cancelAnimationFrame(frame);
  });
  const bind = used ? { ref: box } : { ref: box, onPointerEnter: use, onTouchStart: use, onFocus };
  return { used, bind };
}

/** A chart drawn by `Plain` until a reader uses it, then by the component `load` brings. */
export function lazyChart<P extends object>(
  Plain: ComponentType<P>,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const Interactive = lazy(load);
  function LazyChart(props: P) {
    const { used, bind } = useWhenUsed();
    const drawn = <Plain {...props} />;
    return (
      <div {...bind}>
        {used ? (
          <Suspense fallback={drawn}>
            <Interactive {...props} />
          </Suspense>
        ) : (
          drawn
        )}
      </div>
    );
  }
  return LazyChart;
}
