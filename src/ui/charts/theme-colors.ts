/**
 * One colour per indicator theme, used for highlights in the report reader and for the legend.
 * `soft` is a background dark text stays readable on (WCAG AA); `strong` is for borders and bars.
 */

export interface ThemeColor {
  readonly strong: string;
  readonly soft: string;
}

const PALETTE: Readonly<Record<string, ThemeColor>> = {
  litigation: { strong: '#b42318', soft: '#fde4e1' },
  review: { strong: '#c2410c', soft: '#fdebd9' },
  mediation: { strong: '#a16207', soft: '#fcf1c7' },
  legal_aid: { strong: '#15803d', soft: '#daf5e2' },
  petition: { strong: '#0f766e', soft: '#d3f3ef' },
  enforcement: { strong: '#0369a1', soft: '#dbeefa' },
  decisions: { strong: '#1d4ed8', soft: '#e0e8fd' },
  normative_docs: { strong: '#6d28d9', soft: '#ece3fd' },
  disclosure: { strong: '#a21caf', soft: '#f8e1fa' },
  oversight: { strong: '#be185d', soft: '#fce1ee' },
  publicity: { strong: '#4d7c0f', soft: '#e8f5d0' },
  notary: { strong: '#57534e', soft: '#ebe9e6' },
  service: { strong: '#0e7490', soft: '#d5f0f6' },
};

const FALLBACK: ThemeColor = { strong: '#475569', soft: '#e5e9ef' };

export function themeColor(theme: string): ThemeColor {
  return PALETTE[theme] ?? FALLBACK;
}
