/**
 * The architecture's boundaries are lint rules; these probes make sure the rules still bite, so
 * that a config change cannot silently turn them off.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  it('keep the extractor free of the app, the data layer, the CLI and Node', async () => {
    const messages = await messagesFor(
      'src/extract/probe.ts',
      "import { parseIndexFile } from '../data/schema';\nimport { readFileSync } from 'node:fs';\nexport const probe = [parseIndexFile, readFileSync];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/no-restricted-imports: .*src\/extract imports nothing from the app/),
      expect.stringMatching(/no-restricted-imports: .*no Node built-ins/),
    ]);
  }, 30_000);

  it('keep features from importing each other', async () => {
    const messages = await messagesFor('src/features/compare/probe.ts', "import { buildTrendOption } from '../trend/build-trend-option';\nexport const probe = buildTrendOption;\n");
    expect(messages).toEqual([expect.stringMatching(/features do not import each other/)]);
  }, 30_000);

  it('let a feature use the shared layers and packages', async () => {
    const messages = await messagesFor(
      'src/features/compare/probe.ts',
      "import { parseIndexFile } from '../../data/schema';\nimport 'echarts/features';\nexport const probe = parseIndexFile;\n",
    );
    expect(messages).toEqual([]);
  }, 30_000);
});
