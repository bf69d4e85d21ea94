/** What a view hands its outputs panel (src/ui/OutputsBar.tsx): the values on screen, its chart or picture, its names. */

import type { Dataset } from '../data/dataset';
import type { ValueRef } from '../data/tidy-rows';
import type { EChartsOption } from './echarts-setup';
import type { ExportRowLayout } from './export-decorations';

/** The chart of a view, as the image downloads need it. */
export interface OutputsChart {
  readonly option: EChartsOption;
  readonly title: string;
  /** Unit, year and filters in words. */
  readonly subtitle: string;
  /** Bars of a bar chart (the image grows for many). */
  readonly rowCount?: number;
  /**
   * The option to draw at slide size, when it is not `option` (a chart whose marks are placed in
   * pixels builds it for the image's rows: see the compare view); given the image's row layout.
   */
  readonly exportOption?: (layout: ExportRowLayout) => EChartsOption;
}

/** An image the view draws itself (not an ECharts chart): the coverage grid. */
export interface OutputsPicture {
  /** The image as an SVG document (the PNG is drawn from it). */
  svg(): string;
}

export interface OutputsBarProps {
  readonly dataset: Dataset;
  /** The values on screen, in the view's order. */
  readonly values: readonly ValueRef[];
  /** What the view shows, in words (for the README). */
  readonly description: string;
  /**
   * What the downloads are named, without extension, from what they hold
   * (`fazhi-atlas_compare_legal_aid.cases_2023`; src/ui/view-summary.ts `downloadName`).
   */
  readonly fileBase: string;
  readonly chart?: OutputsChart | null;
  readonly picture?: OutputsPicture | null;
}
