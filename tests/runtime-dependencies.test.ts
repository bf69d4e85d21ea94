/**
 * Issue 9: `npm run extract` runs on an install without development packages
 * (`npm ci --omit=dev`). Every package the command reaches at run time — from scripts/extract.ts
 * and its worker thread's entry, through the project's own modules, type-only imports aside — must
 * be among package.json's `dependencies`; tsx, which runs the TypeScript, is one of them.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const options: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: true,
  resolveJsonModule: true,
};

/** The package a bare specifier names ("pdfjs-dist/legacy/build/pdf.mjs" → "pdfjs-dist"). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Value imports of a module (`import type` and `export type` are erased and cost nothing at run time). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text.startsWith('./')
    ) {
      // new URL('./extract-worker-entry.mjs', import.meta.url): the worker thread's entry.
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** Packages reached from `entries`, following the project's own modules. */
function runtimePackages(entries: readonly string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('.')) {
        const resolved =
          ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName ??
          path.resolve(path.dirname(file), specifier);
        queue.push(resolved);
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        packages.add(packageOf(specifier));
      }
    }
  }
  return packages;
}

describe('what npm run extract needs at run time', () => {
  it('is all in dependencies, tsx included', () => {
    expect(manifest.scripts.extract).toBe('tsx scripts/extract.ts');
    const packages = runtimePackages([path.join(root, 'scripts/extract.ts')]);
    // The walk reaches the worker thread's entry and the decoders (not just the first file).
    expect(packages).toContain('tsx');
    expect(packages).toContain('mammoth');
    expect(packages).toContain('pdfjs-dist');
    expect(packages).toContain('opencc-js');
    const missing = [...new Set([...packages, 'tsx'])].filter((name) => !(name in manifest.dependencies)).sort();
    expect(missing).toEqual([]);
  });
});
