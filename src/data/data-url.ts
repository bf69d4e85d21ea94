/**
 * Where data files are fetched from. The site is built with a relative base (`./`), so
 * `data/index.json` resolves against the page's own address and the dashboard works from any
 * sub-folder it is published in.
 */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path.replace(/^\/+/, '')}`;
}
