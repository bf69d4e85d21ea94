import { useEffect } from 'react';

import { useUi } from '../../state/ui-store';
import { queueDroppedFiles } from './pending-drops';

/**
 * Makes the whole page a drop target for report files, whichever view is open: a dropped file is
 * queued and the 添加报告 view opens to add it (without this, a file dropped on the page would
 * replace the dashboard with the file). Renders nothing.
 */
export function LocalDropTarget() {
  const setView = useUi((s) => s.setView);
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      queueDroppedFiles([...(event.dataTransfer?.files ?? [])]);
      setView('add');
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [setView]);
  return null;
}
