/**
 * The attribute Astro scopes a component's <style> with (data-astro-cid-…). A figure's Figure.astro
 * hands it to every component it renders, as `true`; the style-less shared pieces (FigureSvg, Hatch)
 * put it on each element they draw, so the figure's own scoped CSS still reaches them. Given as ""
 * so it prints bare, as Astro prints it on the figure's own elements.
 */
export function scopeOf(props: Record<string, unknown>): Record<string, ''> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((k) => k.startsWith('data-astro-cid-'))
      .map((k) => [k, '']),
  );
}
