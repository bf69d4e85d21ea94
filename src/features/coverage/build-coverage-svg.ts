/**
 * The coverage grid as an image (SVG; the PNG is drawn from it): what is on screen, in the same
 * orientation, with a title, the filters and a source line, text as text (searchable, editable,
 * sharp at any size). Pure: tested on the returned string.
 */

import type { Lang } from '../../state/url-state';
import { formatQualified, formatUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages, translate } from '../../ui/i18n/i18n';
import { coverageMessages } from '../../ui/i18n/messages/coverage';
import { type CoverageCell, type CoverageState, shadeColor } from './coverage-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(coverageMessages);

/** Which way the grid is drawn: indicators as rows (wide screens) or places as rows (phones). */
export type CoverageOrientation = 'indicators' | 'places';

export interface CoverageImageText {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
}

const FONT = "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";
const SIZE = { margin: 32, title: 30, text: 16, small: 13, label: 300, cell: 112, count: 110, row: 34, head: 64, section: 30 } as const;

const xml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

interface Line {
  readonly kind: 'section' | 'row';
  readonly label: string;
  readonly cells: readonly { readonly text: string; readonly fill: string | null; readonly muted: boolean }[];
  readonly count: string;
}

function cellText(cell: CoverageCell, lang: Lang): { text: string; fill: string | null; muted: boolean } {
  if (cell.value) {
    const marks = `${cell.value.derived ? '*' : ''}${cell.value.variant ? '※' : ''}`;
    return {
      text: `${formatQualified(cell.value.value, cell.value.qualifier, lang)}${marks}`,
      fill: cell.shade === null ? null : shadeColor(cell.shade),
      muted: false,
    };
  }
  return { text: cell.status === 'not_reported' ? translate(lang, 'notReported') : '—', fill: null, muted: true };
}

/** The grid's header cells and lines in the orientation drawn. */
function gridOf(
  state: CoverageState,
  orientation: CoverageOrientation,
  lang: Lang,
): { corner: string; heads: string[][]; lines: Line[]; countHead: string } {
  if (orientation === 'indicators') {
    const lines: Line[] = [];
    for (const group of state.groups) {
      lines.push({ kind: 'section', label: group.themeLabel[lang], cells: [], count: '' });
      for (const row of group.rows) {
        lines.push({
          kind: 'row',
          label: `${row.indicator.headline ? '★ ' : ''}${row.indicator.label[lang]} (${formatUnit(row.indicator.unit, lang)})`,
          cells: row.cells.map((cell) => cellText(cell, lang)),
          count: `${row.reportedCount}/${state.reportCount}`,
        });
      }
    }
    return {
      corner: translate(lang, 'indicator'),
      heads: state.shownColumns.map((column) => [
        column.name,
        column.report ? formatYear(column.year, lang) : translate(lang, 'noReportThatYear'),
      ]),
      lines,
      countHead: translate(lang, 'coverageByIndicator'),
    };
  }
  const rows = state.groups.flatMap((group) => group.rows);
  return {
    corner: translate(lang, 'jurisdiction'),
    heads: rows.map((row) => [row.indicator.label[lang], formatUnit(row.indicator.unit, lang)]),
    lines: state.shownColumns.map((column, i) => ({
      kind: 'row' as const,
      label: `${column.name} ${column.report ? formatYear(column.year, lang) : ''}`.trim(),
      cells: rows.map((row) => cellText(row.cells[i] as CoverageCell, lang)),
      count: `${column.reportedCount}/${state.indicatorCount}`,
    })),
    countHead: translate(lang, 'coverageByJurisdiction'),
  };
}

/** The grid on screen as an SVG document. */
export function buildCoverageSvg(state: CoverageState, orientation: CoverageOrientation, lang: Lang, text: CoverageImageText): string {
  const { corner, heads, lines, countHead } = gridOf(state, orientation, lang);
  const width = SIZE.margin * 2 + SIZE.label + heads.length * SIZE.cell + SIZE.count;
  const top = SIZE.margin + SIZE.title + 48;
  const bodyTop = top + SIZE.head;
  const lineHeight = (line: Line) => (line.kind === 'section' ? SIZE.section : SIZE.row);
  const bodyHeight = lines.reduce((sum, line) => sum + lineHeight(line), 0);
  const height = bodyTop + bodyHeight + SIZE.margin + 40;
  const parts: string[] = [];
  const textAt = (x: number, y: number, content: string, attrs = '') =>
    parts.push(`<text x="${x}" y="${y}" font-family="${xml(FONT)}" ${attrs}>${xml(content)}</text>`);

  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  textAt(SIZE.margin, SIZE.margin + SIZE.title, text.title, `font-size="${SIZE.title}" font-weight="bold" fill="#111827"`);
  textAt(SIZE.margin, SIZE.margin + SIZE.title + 28, text.subtitle, `font-size="${SIZE.text}" fill="#374151"`);
  // Header row.
  const cellX = (i: number) => SIZE.margin + SIZE.label + i * SIZE.cell;
  parts.push(`<rect x="${SIZE.margin}" y="${top}" width="${width - 2 * SIZE.margin}" height="${SIZE.head}" fill="#f3f4f6"/>`);
  textAt(SIZE.margin + 8, top + 26, corner, `font-size="${SIZE.text}" font-weight="bold" fill="#111827"`);
  heads.forEach(([first = '', second = ''], i) => {
    textAt(cellX(i) + 6, top + 26, first, `font-size="${SIZE.small}" font-weight="bold" fill="#111827"`);
    textAt(cellX(i) + 6, top + 46, second, `font-size="${SIZE.small}" fill="#4b5563"`);
  });
  textAt(cellX(heads.length) + 6, top + 26, countHead, `font-size="${SIZE.small}" font-weight="bold" fill="#111827"`);
  // Body.
  let y = bodyTop;
  for (const line of lines) {
    const h = lineHeight(line);
    if (line.kind === 'section') {
      parts.push(`<rect x="${SIZE.margin}" y="${y}" width="${width - 2 * SIZE.margin}" height="${h}" fill="#e5e7eb"/>`);
      textAt(SIZE.margin + 8, y + h - 9, line.label, `font-size="${SIZE.text}" font-weight="bold" fill="#111827"`);
    } else {
      textAt(SIZE.margin + 8, y + h - 11, line.label, `font-size="${SIZE.small}" fill="#111827"`);
      line.cells.forEach((cell, i) => {
        if (cell.fill) parts.push(`<rect x="${cellX(i)}" y="${y + 1}" width="${SIZE.cell - 2}" height="${h - 2}" fill="${cell.fill}"/>`);
        textAt(
          cellX(i) + SIZE.cell - 10,
          y + h - 11,
          cell.text,
          `font-size="${SIZE.small}" text-anchor="end" fill="${cell.muted ? '#6b7280' : '#111827'}"`,
        );
      });
      textAt(
        cellX(line.cells.length) + SIZE.count - 10,
        y + h - 11,
        line.count,
        `font-size="${SIZE.small}" text-anchor="end" fill="#111827"`,
      );
      parts.push(`<line x1="${SIZE.margin}" y1="${y + h}" x2="${width - SIZE.margin}" y2="${y + h}" stroke="#e5e7eb"/>`);
    }
    y += h;
  }
  textAt(SIZE.margin, height - SIZE.margin, text.source, `font-size="${SIZE.small}" fill="#4b5563"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
