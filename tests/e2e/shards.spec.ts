/**
 * A national folder, loaded part by part (src/data/shards.ts, src/data/shard-selection.ts): a
 * small township-level dataset generated and extracted as a user would (`npm run gen:synthetic --
 * --levels all`, `npm run extract`), its manifest's part sizes then scaled up a thousandfold so
 * that the dashboard treats it as it treats every local government (it loads a small folder
 * whole). The built site is the one the other tests use, its data requests answered from the
 * extracted folder.
 */

import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { parseShardManifest, type ShardManifest } from '../../src/data/schema';
import { seriousViolations } from './axe';
import { serveDataFolder } from './data-folder';
import { runProjectCommand } from './run-command';

const WORK = path.resolve('.tmp', `e2e-shards-${process.env.E2E_PORT ?? 'default'}`);
const DATA = path.join(WORK, 'data');
/** How much heavier each part is declared than it is: a few hundred places made to weigh as forty thousand. */
const SCALE = 1000;

const command = (name: string, args: string[]) => runProjectCommand(WORK, name, args);

let manifest: ShardManifest;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const manifestPath = path.join(DATA, 'shards/manifest.json');
  // Generated once for both viewports (the folder is this run's: its name carries the port).
  const ready = await stat(path.join(WORK, 'ready')).then(
    () => true,
    () => false,
  );
  if (!ready) {
    await rm(WORK, { recursive: true, force: true });
    await mkdir(WORK, { recursive: true });
    await command('gen-synthetic', ['--jurisdictions', '400', '--years', '2', '--levels', 'all', '--out', 'raw', '--seed', '11']);
    await command('extract', ['raw', '--out', 'data', '--jobs', '2']);
    const written = parseShardManifest(JSON.parse(await readFile(manifestPath, 'utf8')));
    const scaled = {
      ...written,
      shards: written.shards.map((shard) => ({ ...shard, parts: shard.parts.map((part) => ({ ...part, bytes: part.bytes * SCALE })) })),
    };
    await writeFile(manifestPath, JSON.stringify(scaled));
    await writeFile(path.join(WORK, 'ready'), '');
  }
  manifest = parseShardManifest(JSON.parse(await readFile(manifestPath, 'utf8')));
});

/** Answers the dashboard's data requests from the extracted folder; `delay` holds back the paths it matches. */
async function serveData(page: Page, delay?: { readonly matches: (relative: string) => boolean; readonly ms: number }): Promise<string[]> {
  const requested: string[] = [];
  await serveDataFolder(page, DATA, async (relative) => {
    requested.push(relative);
    if (delay?.matches(relative)) await new Promise((resolve) => setTimeout(resolve, delay.ms));
  });
  return requested;
}

const townShards = () => manifest.shards.filter((shard) => shard.group === 'town');

test.describe('a national folder, part by part', () => {
  test('opens on one year of the parts above township level, and nothing of the townships', async ({ page }) => {
    expect(townShards().length).toBeGreaterThan(5);
    expect(manifest.defaultYear).not.toBeNull();
    const requested = await serveData(page);
    await page.goto('./');
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('正在加载');
    const parts = requested.filter((relative) => relative.endsWith('/reports.json'));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((relative) => relative.includes(`/${manifest.defaultYear}/`))).toBe(true);
    expect(requested.some((relative) => relative.startsWith('shards/town-'))).toBe(false);
    expect(requested.some((relative) => relative.startsWith('compact/') || relative === 'index.json')).toBe(false);
    const values = requested.filter((relative) => relative.includes('/values/'));
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values.map((relative) => relative.replace(/^.*\/values\//, ''))).size).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("asks for a province before the township level, then loads that province's townships only", async ({ page }) => {
    const requested = await serveData(page);
    await page.goto('./?level=镇');
    const notice = page.locator('.towns-need-province');
    await expect(notice).toContainText('分省载入');
    expect(requested.some((relative) => relative.startsWith('shards/town-'))).toBe(false);
    expect(await seriousViolations(page, '.towns-need-province')).toEqual([]);
    const biggest = [...townShards()].sort((a, b) => b.places - a.places)[0]!;
    await notice.getByRole('link', { name: new RegExp(`^${biggest.province}`) }).click();
    await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(biggest.province!)}`));
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('table').first()).toContainText('镇');
    const towns = new Set(requested.filter((relative) => relative.startsWith('shards/town-')).map((relative) => relative.split('/')[1]));
    expect([...towns]).toEqual([biggest.id]);
  });

  test('never shows a place as not reported while its part is on its way', async ({ page }) => {
    const years = manifest.years;
    expect(years.length).toBe(2);
    const other = years.find((year) => year !== manifest.defaultYear)!;
    await serveData(page, { matches: (relative) => relative.includes(`/${other}/`), ms: 2_000 });
    await page.goto('./');
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.getByLabel('年份').selectOption(String(other));
    // While the other year's parts load: a loading state, and no place called 未报告.
    await expect(page.getByRole('status').filter({ hasText: '正在加载' }).first()).toBeVisible();
    for (let i = 0; i < 5; i += 1) {
      expect(await page.getByText(/未报告/).count()).toBe(0);
      await page.waitForTimeout(250);
    }
    await expect(page.getByRole('table').first()).toContainText(String(other), { timeout: 10_000 });
  });
});
