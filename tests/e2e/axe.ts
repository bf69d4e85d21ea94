import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The accessibility rules every browser test holds the dashboard to: WCAG 2.0, 2.1 and 2.2 A and AA,
 * and axe's best practices.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * Serious or critical axe violations on the page as it is, as readable strings (impact, rule and
 * the elements), so that a failing `toEqual([])` says what to fix. `include` narrows the run to a
 * part of the page (a CSS selector), for a test about that part only.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  if (include !== undefined) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
