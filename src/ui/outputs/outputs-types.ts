/** What a view hands its outputs panel (src/ui/outputs/OutputsBar.tsx): the values on screen, its chart or picture, its names. */

import type { Dataset } from '../../data/dataset';
import type { AbsentRef, ValueRef } from '../../data/tidy-rows';
import type { EChartsOption } from '../charts/echarts-setup';
import type { ExportRowLayout } from './export-decorations';

/** A run of a paged bar chart's bars, drawn for an image. */
export interface ChartPart {
  /** Lines drawn (bars and group headers). */
  readonly rowCount: number;
  /** The subtitle of an image of this run: which bars it holds, of how many. */
  readonly subtitle: string;
  readonly exportOption: (layout: ExportRowLayout) => EChartsOption;
}

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
  /**
   * Text under the chart in an image (the places without a number, src/ui/outputs/export-decorations.ts):
   * `full` on the images, `brief` (a count) on a slide, which has no room for a list.
   */
  readonly note?: { readonly full: string; readonly brief: string };
  /**
   * A bar chart drawn a page at a time: every run of its bars can be drawn, for the image of all
   * of them and for a slide (as many of the page's bars as a slide holds legibly).
   */
  readonly bars?: {
    readonly total: number;
    /** The page on screen: bars `pageStart`…`pageEnd` (exclusive). */
    readonly pageStart: number;
    readonly pageEnd: number;
    slice(start: number, end: number): ChartPart;
  };
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
  /** The places on screen without a value (未报告, no report that year): rows of the view's download too. */
  readonly absent?: readonly AbsentRef[];
  /** What the view shows, in words (for the README). */
  readonly description: string;
  /**
   * What the downloads are named, without extension, from what they hold
   * (`fazhi-atlas_compare_legal_aid.cases_2023`; src/ui/outputs/view-summary.ts `downloadName`).
   */
  readonly fileBase: string;
  readonly chart?: OutputsChart | null;
  readonly picture?: OutputsPicture | null;
}
