import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The real-pages folders of the unseen holdout (tests/fixtures/real-pages/unseen.json): no test,
 * benchmark or gate reads them but their own measurement, so that no rule is tuned on them.
 */
export const UNSEEN_FOLDERS: readonly string[] = (
  JSON.parse(readFileSync(new URL('../fixtures/real-pages/unseen.json', import.meta.url), 'utf8')) as { folders: string[] }
).folders;

/** Whether a path (relative or absolute) lies in an unseen holdout folder of the real pages. */
export function isUnseen(file: string): boolean {
  const parts = file.split(path.sep);
  return parts.some((part, i) => i > 0 && parts[i - 1] === 'real-pages' && UNSEEN_FOLDERS.includes(part));
}

/** The paths of every `.txt` under `folders` (relative to the working directory), the unseen holdout left out, sorted. */
export function fixtureTextFiles(folders: readonly string[] = ['tests/fixtures', 'corpus']): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(folder, name)),
    )
    .filter((file) => !isUnseen(file))
    .sort();
}

/** The texts of {@link fixtureTextFiles}. */
export function fixtureTexts(folders?: readonly string[]): string[] {
  return fixtureTextFiles(folders).map((file) => readFileSync(file, 'utf8'));
}
