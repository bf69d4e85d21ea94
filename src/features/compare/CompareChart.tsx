import { useCallback } from 'react';

import { useUi } from '../../state/ui-store';
import { type ChartItemClick, EChart } from '../../ui/charts/EChart';
import type { EChartsOption } from '../../ui/charts/echarts-setup';
import { levelColor } from '../../ui/charts/level-colors';
import { Pager } from '../../ui/controls/Pager';
import type { PageWindow } from '../../ui/controls/paging';
import { formatNumber } from '../../ui/i18n/format';
import { useTranslate } from '../../ui/i18n/use-translate';
import { compareChartHeight } from './build-compare-option';
import type { ChartLine } from './compare-state';

/**
 * The legend beside the chart: the levels its bars are coloured by, and the marks it uses
 * (department stripes, derived outlines, the groups' median segments, ※ and ⚠), each only when
 * the chart has one.
 */
function CompareLegend({ lines }: { lines: readonly ChartLine[] }) {
  const { t } = useTranslate();
  const rows = lines.flatMap((line) => (line.row ? [line.row] : []));
  const levels = [...new Set(rows.map((row) => row.jurisdiction.level ?? null))];
  const anyDepartment = rows.some((row) => row.isDepartment);
  const anyDerived = rows.some((row) => row.value?.derived);
  const anyMedian = lines.some((line) => line.kind === 'group' && line.group.median !== null);
  const anyVariant = rows.some((row) => row.value?.variant);
  const anyWarning = rows.some((row) => row.value?.warnings?.length);
  return (
    <ul className="chart-legend" aria-label={t('compare.legend')} data-testid="compare-legend">
      {levels.map((level) => (
        <li key={level ?? 'unknown'}>
          <span className="swatch" style={{ background: levelColor(level) }} aria-hidden="true" />{' '}
          {level ? t(`level.${level}`) : t('compare.levelUnknown')}
        </li>
      ))}
      {anyDepartment ? (
        <li>
          <span className="swatch swatch-department" aria-hidden="true" /> {t('departmentBadge')}
        </li>
      ) : null}
      {anyDerived ? (
        <li>
          <span className="swatch swatch-derived" aria-hidden="true" /> {t('legendDerived')}
        </li>
      ) : null}
      {anyMedian ? (
        <li>
          <span className="swatch swatch-median" aria-hidden="true" /> {t('compare.legendMedian')}
        </li>
      ) : null}
      {anyVariant ? <li>※ {t('compare.legendVariant')}</li> : null}
      {anyWarning ? <li>⚠ {t('compare.legendWarning')}</li> : null}
    </ul>
  );
}

/** The chart with its legend and, for long lists, the pager of its bars. */
export function CompareChart({
  option,
  lines,
  window: chartWindow,
  onPage,
}: {
  option: EChartsOption;
  /** The lines drawn (group headers and bars), in the option's order. */
  lines: readonly ChartLine[];
  window: PageWindow;
  onPage: (page: number) => void;
}) {
  const { lang, t } = useTranslate();
  const openSource = useUi((s) => s.openSource);
  const onItemClick = useCallback(
    ({ dataIndex }: ChartItemClick) => {
      const source = lines[dataIndex]?.row?.source;
      if (source) openSource(source);
    },
    [lines, openSource],
  );
  return (
    <>
      <CompareLegend lines={lines} />
      {chartWindow.pages > 1 ? (
        <>
          <p className="muted small" data-testid="compare-chart-showing">
            {t('chartShowing', {
              from: formatNumber(chartWindow.start + 1, lang),
              to: formatNumber(chartWindow.end, lang),
              total: formatNumber(chartWindow.total, lang),
            })}
          </p>
          <Pager window={chartWindow} onPage={onPage} label={t('chartPagerLabel')} testId="compare-chart-pager" />
        </>
      ) : null}
      {/* Its options all hold the same keys and place their rows from the top (build-compare-option.ts): a switch updates
          the chart's bars and axes in place, and a shorter chart is drawn in the canvas it has. */}
      <EChart
        option={option}
        height={compareChartHeight(lines.length)}
        onItemClick={onItemClick}
        testId="compare-chart"
        mergeOptions
        keepTallerCanvas
      />
    </>
  );
}
