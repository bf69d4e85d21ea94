// What the DOM tests need, set up before each of them: the `dom` project of vitest.config.ts
// (`*.test.tsx`, `*.dom.test.ts`, in jsdom) runs it; the `node` project's tests never load it.
if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  await import('@testing-library/jest-dom/vitest');
  addRotateSelf();
  // The page registers the median lines and the tooltip once its first chart has mounted
  // (src/ui/charts/echarts-later.ts); a test renders charts at once, so it registers them first: no
  // "tooltip is used but not imported".
  await import('../src/ui/charts/echarts-later');
  // The English of the landing view's and the shell's words is a chunk the page loads before it
  // shows English (src/ui/i18n/i18n.ts `loadLanguage`); a test switches the store's language at
  // once, so the words are loaded first.
  const { loadLanguage } = await import('../src/ui/i18n/i18n');
  await loadLanguage('en');
  // Views, the chart and the download panel load in chunks of their own: on a busy two-core
  // machine the first load of one can take longer than Testing Library's default second. A time
  // limit for `findBy…` and `waitFor`, not an assertion.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}

/**
 * The canvas stand-in's DOMMatrix has translateSelf and scaleSelf but no rotateSelf, which
 * zrender calls for a patterned fill (the compare chart stripes department bars with a decal):
 * without it every chart with a department throws after the test. A 2D rotation about z, as
 * browsers compute it (the angle in degrees; one argument is the z angle).
 */
function addRotateSelf(): void {
  type Matrix2D = { a: number; b: number; c: number; d: number; rotateSelf?: unknown };
  const prototype = (globalThis as { DOMMatrix?: { prototype: Matrix2D } }).DOMMatrix?.prototype;
  if (!prototype || typeof prototype.rotateSelf === 'function') return;
  prototype.rotateSelf = function rotateSelf(this: Matrix2D, x = 0, y?: number, z?: number) {
    const degrees = y === undefined && z === undefined ? x : (z ?? 0);
    const radians = (degrees * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    const { a, b, c, d } = this;
    this.a = a * cos + c * sin;
    this.b = b * cos + d * sin;
    this.c = c * cos - a * sin;
    this.d = d * cos - b * sin;
    return this;
  };
}

export {};
