// Per-file environments are chosen with a `// @vitest-environment jsdom` docblock; this setup
// only adds what the DOM tests need when a DOM exists.
if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  await import('@testing-library/jest-dom/vitest');
}

export {};
