/** An element's visible text as a browser renders it: one line per block, white space collapsed as CSS does. */

import { type AnyNode, isTag, isText } from 'domhandler';

import { BLOCK_TAGS, isDropped } from './elements';

const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Wide characters: CSS drops a line break between two of them instead of rendering a space. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Collapses HTML white space in one rendered line the way a browser does, CJK line breaks included. */
export function collapseSpace(line: string): string {
  return line
    .replace(HTML_SPACE, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      if (/[\n\r]/.test(run) && WIDE.test(before) && WIDE.test(after)) return '';
      return ' ';
    })
    .replace(/^ +| +$/g, '');
}

/** Renders an element's visible text with a line break at every block boundary. */
export function renderText(root: AnyNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapseSpace(current);
    if (line.length > 0) lines.push(line);
    current = '';
  };
  const walk = (node: AnyNode, pre: boolean) => {
    if (isText(node)) {
      if (pre) {
        const [first, ...rest] = node.data.split('\n');
        current += first;
        for (const part of rest) {
          lines.push(current.replace(/\s+$/, ''));
          current = part;
        }
      } else {
        current += node.data;
      }
      return;
    }
    if (!isTag(node)) {
      if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child, pre);
      return;
    }
    if (isDropped(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    const inPre = pre || node.name === 'pre';
    for (const child of node.children) walk(child, inPre);
    if (node.name === 'td' || node.name === 'th') current += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.filter((line) => line.trim().length > 0);
}
