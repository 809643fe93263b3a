import { useEffect, useRef } from 'react';

type PlotModule = typeof import('@observablehq/plot');

/**
 * Renders an Observable Plot figure (loaded on demand). `onPick` receives the datum under the pointer
 * when the figure is clicked (Plot's pointer/tip sets figure.value).
 */
export function PlotFigure({ make, deps, onPick, label }: {
  make: (Plot: PlotModule, width: number) => (SVGSVGElement | HTMLElement);
  deps: unknown[];
  onPick?: (datum: unknown) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let fig: (SVGSVGElement | HTMLElement) & { value?: unknown } | null = null;
    let live = true;
    const click = () => { if (fig?.value !== undefined && fig.value !== null) onPick?.(fig.value); };
    import('@observablehq/plot').then((Plot) => {
      if (!live || !ref.current) return;
      fig = make(Plot, Math.max(320, ref.current.clientWidth));
      if (onPick) { fig.addEventListener('click', click); (fig as HTMLElement).style.cursor = 'pointer'; }
      ref.current.replaceChildren(fig);
    });
    return () => { live = false; fig?.removeEventListener('click', click); fig?.remove(); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return <div className="plot" ref={ref} role="img" aria-label={label} />;
}
