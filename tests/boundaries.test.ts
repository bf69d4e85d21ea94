/**
 * The architecture's boundaries are lint rules; these probes make sure the rules still bite, so
 * that a config change cannot silently turn them off.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const cwd = new URL('..', import.meta.url).pathname;
/**
 * The probes are files that do not exist, which the type service (behind the type-aware rules)
 * cannot open: they are linted without it. Those rules are probed by their configuration below.
 */
const eslint = new ESLint({ cwd, overrideConfig: tseslint.configs.disableTypeChecked });

/** What lint says of a probe, but for import order: a probe is about where an import may reach, not its layout. */
async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => !message.ruleId?.startsWith('simple-import-sort/'))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  it('keep the extractor free of the app, the data layer, the CLI and Node', async () => {
    const messages = await messagesFor(
      'src/extract/probe.ts',
      "import { parseIndexFile } from '../data/schema';\nimport { readFileSync } from 'node:fs';\nexport const probe = [parseIndexFile, readFileSync];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/boundaries\/layers: '..\/data\/schema' reaches src\/data: src\/extract imports nothing from the app/),
      expect.stringMatching(/no-restricted-imports: .*no Node built-ins/),
    ]);
  }, 30_000);

  it('keep the extractor free of the decoders, by any relative path', async () => {
    for (const path of ['../../ingest', '../../ingest/recognise', './../../ingest/html', '../.././ingest', '../../../src/ingest']) {
      const messages = await messagesFor('src/extract/metadata/probe.ts', `import * as probe from '${path}';\nexport { probe };\n`);
      expect(messages, path).toEqual([expect.stringMatching(/boundaries\/layers: .*src\/extract imports nothing from .*the decoders/)]);
    }
    // The extractor's own marker module is not the generator, however it is spelled.
    expect(await messagesFor('src/extract/segment/probe.ts', "import * as probe from '../synthetic';\nexport { probe };\n")).toEqual([]);
  }, 30_000);

  it("keep the app's source, every layer of it, from importing scripts, the synthetic generator or tests", async () => {
    for (const [file, path] of [
      ['src/extract/metadata/probe.ts', '../../../scripts/synthetic/generate'],
      ['src/ingest/probe.ts', '../../scripts/synthetic/generate'],
      ['src/data/probe.ts', '../../tests/fixtures/dataset/fixture'],
      ['src/features/compare/probe.ts', '../../../scripts/synthetic'],
      ['src/cli/probe.ts', '../../scripts/bench'],
      ['src/app/probe.ts', '../../scripts/synthetic/worst-case'],
    ]) {
      const messages = await messagesFor(file!, `import * as probe from '${path}';\nexport { probe };\n`);
      expect(messages, file).toEqual([
        expect.stringMatching(/boundaries\/layers: .* reaches outside src\/: the app's source imports only itself and packages/),
      ]);
    }
  }, 30_000);

  it('keep the pure helpers free of every other layer and of Node', async () => {
    for (const path of ['../extract', '../data/schema', '../ui/format', '../../src/ingest/html']) {
      const messages = await messagesFor('src/lib/probe.ts', `import * as probe from '${path}';\nexport { probe };\n`);
      expect(messages, path).toEqual([expect.stringMatching(/boundaries\/layers: .* reaches src\/\w+: src\/lib holds small pure helpers/)]);
    }
    expect(await messagesFor('src/lib/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*no Node built-ins/),
    ]);
    // And every layer may use them.
    expect(
      await messagesFor('src/extract/numbers/probe.ts', "import { median } from '../../lib/median';\nexport const probe = median;\n"),
    ).toEqual([]);
  }, 30_000);

  it('keep features from importing each other', async () => {
    const messages = await messagesFor(
      'src/features/compare/probe.ts',
      "import { buildTrendOption } from '../trend/build-trend-option';\nexport const probe = buildTrendOption;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /boundaries\/layers: '..\/trend\/build-trend-option' reaches src\/features\/trend: features do not import each other/,
      ),
    ]);
    // Spelled through the shared layers, it is the same import.
    expect(
      await messagesFor(
        'src/features/compare/probe.ts',
        "import * as probe from '../../ui/../features/trend/TrendView';\nexport { probe };\n",
      ),
    ).toEqual([expect.stringMatching(/reaches src\/features\/trend: features do not import each other/)]);
  }, 30_000);

  it('let a feature use the shared layers and packages', async () => {
    const messages = await messagesFor(
      'src/features/compare/probe.ts',
      "import { parseIndexFile } from '../../data/schema';\nimport 'echarts/features';\nexport const probe = parseIndexFile;\n",
    );
    expect(messages).toEqual([]);
  }, 30_000);

  it('run the layers one way: data, then state, then ui, then features', async () => {
    const upward = [
      ['src/data/probe.ts', '../state/url-state', 'src/data imports none above it'],
      ['src/data/probe.ts', '../ui/format', 'src/data imports none above it'],
      ['src/state/probe.ts', '../ui/format', 'src/state imports none above it'],
      ['src/ui/probe.ts', '../features/compare/CompareView', 'src/ui imports none above it'],
    ] as const;
    expect(await messagesFor('src/cli/probe.ts', "import * as probe from '../ui/format';\nexport { probe };\n")).toEqual([
      expect.stringMatching(/boundaries\/layers: .*the commands \(src\/cli\) use lib, extract, ingest and data/),
    ]);
    for (const [file, path, why] of upward) {
      const messages = await messagesFor(file, `import * as probe from '${path}';\nexport { probe };\n`);
      expect(messages, `${file} → ${path}`).toEqual([
        expect.stringMatching(new RegExp(`boundaries/layers: .*layers run one way .*${why}`)),
      ]);
    }
    // Downward is the way they run.
    for (const [file, path] of [
      ['src/state/probe.ts', '../data/dataset'],
      ['src/ui/probe.ts', '../state/ui-store'],
      ['src/ui/probe.ts', '../data/dataset'],
    ] as const) {
      expect(await messagesFor(file, `import * as probe from '${path}';\nexport { probe };\n`), `${file} → ${path}`).toEqual([]);
    }
  }, 30_000);

  it('let nothing outside the extractor past its public API (index.ts and light.ts)', async () => {
    const inside = [
      ['src/features/report/probe.ts', '../../extract/metadata/constants'],
      ['src/data/probe.ts', '../extract/refine/select'],
      ['src/data/probe.ts', '../extract/vocabulary'],
      ['src/cli/probe.ts', '../extract/pipeline'],
      ['src/ingest/probe.ts', '../extract/normalize/normalize'],
    ] as const;
    for (const [file, path] of inside) {
      const messages = await messagesFor(file, `import * as probe from '${path}';\nexport { probe };\n`);
      expect(messages, `${file} → ${path}`).toEqual([
        expect.stringMatching(/boundaries\/layers: .*reaches inside src\/extract: import the extractor's public API/),
      ]);
    }
    for (const [file, path] of [
      ['src/cli/probe.ts', '../extract'],
      ['src/cli/probe.ts', '../extract/index'],
      ['src/data/probe.ts', '../extract/light'],
      ['src/features/report/probe.ts', '../../extract/light'],
    ] as const) {
      expect(await messagesFor(file, `import * as probe from '${path}';\nexport { probe };\n`), `${file} → ${path}`).toEqual([]);
    }
    // The extractor's own modules reach each other freely.
    expect(await messagesFor('src/extract/metadata/probe.ts', "import * as probe from '../refine/select';\nexport { probe };\n")).toEqual(
      [],
    );
  }, 30_000);
});

describe('type-aware rules', () => {
  it('hold on every layer of src/, tests and commands included, with the type service on', async () => {
    const configured = new ESLint({ cwd });
    const files = [
      'src/extract/pipeline.ts',
      'src/data/dataset.ts',
      'src/ui/review/CorrectionsFileBar.tsx',
      'src/cli/eval.ts',
      'src/data/schema.test.ts',
    ];
    for (const file of files) {
      const config = (await configured.calculateConfigForFile(file)) as {
        rules: Record<string, unknown>;
        languageOptions: { parserOptions?: { projectService?: unknown } };
      };
      expect(config.languageOptions.parserOptions?.projectService, file).toBe(true);
      for (const rule of ['no-floating-promises', 'no-misused-promises', 'switch-exhaustiveness-check']) {
        // 2 is "error": the severity comes first in a rule's resolved entry.
        expect((config.rules[`@typescript-eslint/${rule}`] as unknown[] | undefined)?.[0], `${file}: ${rule}`).toBe(2);
      }
    }
  }, 30_000);
});
