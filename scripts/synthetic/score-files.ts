/**
 * Scores an extracted dataset folder against a synthetic corpus's truth file, reading both element
 * by element (scripts/json-elements.ts): a national index (~600 MB) is longer than the longest
 * string V8 makes, so it is never read as one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { topLevelArrayElements } from '../json-elements';
import { type DatasetTally, scoreDataset, type TruthEntry } from './accuracy';

type IndexPart = Parameters<typeof scoreDataset>[1];

export async function scoreDatasetFiles(truthFile: string, dataDir: string): Promise<DatasetTally> {
  const truth = [...topLevelArrayElements(await readFile(truthFile), 'reports')] as TruthEntry[];
  const indexBytes = await readFile(path.join(dataDir, 'index.json'));
  const jurisdictions = [...topLevelArrayElements(indexBytes, 'jurisdictions')] as IndexPart['jurisdictions'];
  const reports = [...topLevelArrayElements(indexBytes, 'reports')] as IndexPart['reports'];
  return scoreDataset(truth, { jurisdictions, reports });
}
