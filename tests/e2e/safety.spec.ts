/**
 * Issue 9, web build: the site ships a Content-Security-Policy that allows only what the app uses
 * (no inline script, no eval, no other origin), and every view — the PDF reader in its worker
 * included — works under it without a single violation.
 */
import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';

import { reportOf, sourceOf } from './real-data';

const LEGAL_AID = 'legal_aid.cases';

/** Collects CSP violations (the event, and Chromium's console report of them) and page errors. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.describe('Content-Security-Policy', () => {
  test('is declared, without unsafe-inline or unsafe-eval for scripts', async ({ page }) => {
    await page.goto('./');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // The build inlines no script either.
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('no view breaks it', async ({ page }) => {
    const problems = await watch(page);
    const urls = [
      `./?indicator=${LEGAL_AID}`,
      `./?view=trend&indicator=${LEGAL_AID}`,
      './?view=coverage',
      `./?view=report&report=${reportOf('芙蓉区').id}`,
      `./?view=profile&report=${reportOf('嘉祥县').id}`,
      `./?indicator=${LEGAL_AID}&source=${sourceOf('嘉祥县', LEGAL_AID)}`,
      './?view=briefing',
      './?view=about',
      './?view=add',
      './?view=review',
      `./?view=report&report=${reportOf('芙蓉区').id}&reviewing=1`,
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.locator('main h2').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await violations(page), url).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  test('a PDF added in the browser is read by pdf.js in its worker under the policy', async ({ page }) => {
    test.setTimeout(90_000);
    const problems = await watch(page);
    // Reports are added in a view of their own (添加报告).
    await page.goto('./?view=add');
    await expect(page.getByTestId('local-panel')).toBeVisible();
    await page.getByTestId('local-file-input').setInputFiles({
      name: 'report-001.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync('tests/fixtures/ingest/report-001.pdf'),
    });
    await expect(page.getByTestId('local-jobs')).toContainText('芙蓉区 2020', { timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
