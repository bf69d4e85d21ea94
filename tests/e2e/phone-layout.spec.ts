/**
 * Every view fits the screen (issue 22, "The analyst's day": the phone layout, 390 px): nothing
 * wider than the viewport (document.scrollingElement.scrollWidth ≤ its width: the English About
 * page once was 458 px), and the view starts within 200 px of the top (the header and the tabs
 * once took ~370 px on a phone: now one short band and one row of tabs that scrolls sideways,
 * the current tab in it). Both projects run it, 1280 and 390 px wide, in Chinese and English, over
 * the bundled data.
 */

import { expect, type Page, test } from '@playwright/test';

import { VIEWS } from '../../src/state/url-state';
import { seriousViolations } from './axe';
import { reportOf } from './real-data';

const JIAXIANG = reportOf('嘉祥县');
const FURONG = reportOf('芙蓉区');

/** Each view at an address that shows its content (a report for the reader and the profile, places for the briefing). */
const ADDRESSES: Readonly<Record<(typeof VIEWS)[number], string>> = {
  compare: 'view=compare',
  trend: 'view=trend',
  coverage: 'view=coverage',
  report: `view=report&report=${JIAXIANG.id}`,
  profile: `view=profile&report=${FURONG.id}`,
  briefing: `view=briefing&j=${FURONG.jurisdictionId},${JIAXIANG.jurisdictionId}`,
  about: 'view=about',
  review: 'view=review',
  add: 'view=add',
  indicator: 'view=indicator&indicator=litigation.head_appearance_rate',
};

/** Views reached by links, not tabs (view-registry.tsx's `tab: false`): no tab is current on them. */
const WITHOUT_TAB = new Set(['indicator']);

/** How the page sits on the screen once the view has drawn. */
async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const tabs = document.querySelector('.view-nav ul')!;
    const current = document.querySelector('.view-nav [aria-current="page"]');
    const row = tabs.getBoundingClientRect();
    const tab = current?.getBoundingClientRect();
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      mainTop: main.getBoundingClientRect().top + window.scrollY,
      tabsHeight: row.height,
      currentTabInView: tab ? tab.left >= row.left - 1 && tab.right <= row.right + 1 : null,
    };
  });
}

test.describe('every view fits the screen', () => {
  test('holds every view', () => {
    expect(Object.keys(ADDRESSES).sort()).toEqual([...VIEWS].sort());
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: no view wider than the screen, each starting within 200 px of the top, its tab in view`, async ({ page }) => {
      const width = page.viewportSize()!.width;
      const views = Object.entries(ADDRESSES);
      expect(views).toHaveLength(VIEWS.length);
      const measured: string[] = [];
      for (const [view, address] of views) {
        await page.goto(`./?${address}&lang=${lang}`);
        await expect(page.locator('main .view').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const layout = await layoutOf(page);
        measured.push(`${view} ${layout.scrollWidth}px wide, content at ${Math.round(layout.mainTop)}px`);
        expect(layout.scrollWidth, `${view} is wider than the screen`).toBeLessThanOrEqual(width);
        expect(layout.mainTop, `${view} starts too low`).toBeLessThanOrEqual(200);
        expect(layout.currentTabInView, `${view}: its tab is out of view`).toBe(WITHOUT_TAB.has(view) ? null : true);
      }
      test.info().annotations.push({ type: 'figures', description: `${width}px ${lang}: ${measured.join('; ')}` });
    });
  }

  test('on a phone the tabs are one row, and the compact header passes axe', async ({ page }) => {
    await page.goto('./?view=about&lang=en');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const layout = await layoutOf(page);
    const phone = page.viewportSize()!.width < 600;
    // One row of tabs (about 40 px) on a phone; on a desktop they fit on one line anyway.
    expect(layout.tabsHeight).toBeLessThan(60);
    expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('link').count()).toBe(VIEWS.length - WITHOUT_TAB.size);
    expect(await page.locator('.app-header h1 + p').isVisible()).toBe(!phone);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
