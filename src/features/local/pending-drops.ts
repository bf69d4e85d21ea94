/**
 * Files dropped on the page while another view was open, waiting for the 添加报告 view (which
 * loads on demand) to take them: the page-wide drop target stays tiny and adds nothing to the
 * JavaScript before the first chart.
 */

import { createStore } from 'zustand/vanilla';

export const pendingDrops = createStore<{ readonly files: readonly File[] }>()(() => ({ files: [] }));

export function queueDroppedFiles(files: readonly File[]): void {
  if (files.length > 0) pendingDrops.setState((state) => ({ files: [...state.files, ...files] }));
}

/** Takes the files waiting (and leaves none). */
export function takeDroppedFiles(): File[] {
  const { files } = pendingDrops.getState();
  if (files.length > 0) pendingDrops.setState({ files: [] });
  return [...files];
}
