/**
 * No import cycles in src/: a cycle makes module initialisation order matter and hides layering
 * mistakes. Imports are read with TypeScript's own pre-processor and resolved with its module
 * resolution, so what is checked is what the compiler sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const options: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: false,
  resolveJsonModule: true,
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A dynamic `import('…')` at `pos` (the specifier's position): loaded when called, not with its importer. */
const isDynamicImport = (source: string, pos: number) => /import\(\s*['"`]?$/.test(source.slice(Math.max(0, pos - 12), pos));

/**
 * Import graph of the project's own modules (type-only imports included: they still couple);
 * `staticOnly` leaves out dynamic imports, for what a module loads with it.
 */
function importGraph(files: readonly string[], { staticOnly = false } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const imports = ts.preProcessFile(source, true, true).importedFiles.filter((item) => !staticOnly || !isDynamicImport(source, item.pos));
    const targets = imports
      .map((item) => ts.resolveModuleName(item.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter(
        (target): target is string => target !== undefined && target.startsWith(path.join(root, 'src')) && !target.includes('node_modules'),
      );
    graph.set(file, targets);
  }
  return graph;
}

/** The cycles found by a depth-first search, each as the list of files around it. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds none in src/', () => {
    const graph = importGraph(sourceFiles(path.join(root, 'src')));
    expect(graph.size).toBeGreaterThan(50);
    const relative = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(root, file)).join(' → '));
    expect(relative).toEqual([]);
  });
});

describe("the extractor's light API", () => {
  const reachedFrom = (graph: ReadonlyMap<string, readonly string[]>, start: string): string[] => {
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) visit(next);
    };
    visit(path.join(root, start));
    return [...reached].map((file) => path.relative(root, file));
  };

  it('reaches none of the extractor itself: no pipeline, rules or division tables in a page that imports it', () => {
    const names = reachedFrom(importGraph(sourceFiles(path.join(root, 'src')), { staticOnly: true }), 'src/extract/light.ts');
    expect(names).toContain('src/extract/catalogue.ts');
    expect(names.filter((name) => /pipeline|divisions|indicators\/|normalize\//.test(name))).toEqual([]);
  });

  it('loads the rules only on demand, for the indicator page, and never the pipeline or the division tables', () => {
    const names = reachedFrom(importGraph(sourceFiles(path.join(root, 'src'))), 'src/extract/light.ts');
    expect(names).toContain('src/extract/indicators/rules.ts');
    expect(names.filter((name) => /pipeline|divisions|normalize\//.test(name))).toEqual([]);
  });
});
