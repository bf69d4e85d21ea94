/**
 * `node scripts/core-identity.mjs BASE.mjs NEW.mjs [DIR...]`: two builds of the extractor core
 * (bundled as in scripts/bench-core-ab.mjs) read the same texts, and their outputs are compared
 * byte for byte: `recogniseReport` and `extractReport` of each text, serialised as JSON. A change
 * meant only to make the core cheaper must print 0 differences. DIRs default to the synthetic set
 * (.tmp/speed-syn/reports), corpus/ and tests/fixtures (every .txt below them, the unseen holdout
 * too: its texts are read by the extractor, not by a person). Prints the counts and the first
 * differing texts; exits 1 when any differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [basePath, newPath, ...folders] = process.argv.slice(2);
if (!basePath || !newPath) {
  process.stderr.write('usage: node scripts/core-identity.mjs BASE.mjs NEW.mjs [DIR...]\n');
  process.exit(2);
}
const base = await import(path.resolve(basePath));
const next = await import(path.resolve(newPath));

function textFilesBelow(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Everything the core says about one text, as one string. */
function reading(core, text) {
  const view = core.normalizeForMatching(text);
  return JSON.stringify([view, core.recogniseReport(text, view), core.extractReport(text, view)]);
}

let compared = 0;
const differing = [];
for (const folder of folders.length > 0 ? folders : ['.tmp/speed-syn/reports', 'corpus', 'tests/fixtures']) {
  const files = textFilesBelow(folder);
  let folderDiffering = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    compared += 1;
    if (reading(base, text) !== reading(next, text)) {
      folderDiffering += 1;
      differing.push(file);
    }
  }
  process.stdout.write(`${folder}: ${files.length} texts, ${folderDiffering} differ\n`);
}
process.stdout.write(`${compared} texts compared, ${differing.length} differ\n`);
for (const file of differing.slice(0, 20)) process.stdout.write(`  ${file}\n`);
process.exit(differing.length > 0 ? 1 : 0);
