/**
 * `npx tsx scripts/bench-output-step.ts DATA_DIR OUT_DIR [--stats-json FILE] [--plan PLAN]`: the extract command's
 * output step alone (src/cli/extract/extract.ts `writeOutputs`: index, downloads, value files,
 * side files, commit), re-run over the reports of a dataset it wrote with detail packs. A national
 * run's output step takes minutes after many more minutes of reading reports; this rebuilds the
 * state the reports step leaves (the index and provenance spills, the same entries and quotes) from
 * DATA_DIR's index.json and packs, then times the step alone, so that two builds of it can be
 * alternated on one input in a fraction of the time. OUT_DIR is replaced whole. `--plan` sets where
 * the downloads are written (extract.ts `DownloadsPlan`, e.g. 'csv in own thread' on a small
 * input); by default, as the extract command would for that many reports.
 *
 * What it prints and records: the step's seconds, each part's end, the main thread's CPU, the
 * downloads' thread's CPU, and the peak RSS from the step's start (Linux: the peak is reset once the
 * spills are built and the rebuilding's garbage collected; the heap the rebuilding grew is still
 * counted, so compare two builds' peaks with each other, not with a full run's).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { collectGarbage } from '../src/cli/extract/collect-garbage';
import { ProvenanceSpill } from '../src/cli/extract/downloads/provenance-spill';
import { entryJsonOf, shippedEntryOf } from '../src/cli/extract/entry-json';
import { type DownloadsPlan, type RunStep, writeOutputs } from '../src/cli/extract/extract';
import { IndexSpill } from '../src/cli/extract/index-spill';
import { threadCpuSeconds } from '../src/cli/extract/thread-cpu';
import { StagedOutput } from '../src/cli/extract/write-dataset';
import { type DetailFile, type JurisdictionEntry, type ReportEntry } from '../src/data/schema';
import { reportProvenance } from '../src/data/tidy-rows';
import { topLevelArrayElements } from './json-elements';

const [dataDir, outDir, ...rest] = process.argv.slice(2);
if (!dataDir || !outDir) {
  process.stderr.write('usage: npx tsx scripts/bench-output-step.ts DATA_DIR OUT_DIR [--stats-json FILE] [--plan PLAN]\n');
  process.exit(2);
}
const statsAt = rest.indexOf('--stats-json');
const statsFile = statsAt >= 0 ? rest[statsAt + 1] : undefined;
const planAt = rest.indexOf('--plan');
const downloadsPlan = planAt >= 0 ? (rest[planAt + 1] as DownloadsPlan) : undefined;

/** Reads pack members' details, gunzipped (the packs are read in index order: one file open at a time). */
const packs = {
  open: null as { path: string; file: Awaited<ReturnType<typeof open>> } | null,
  async detailOf(report: ReportEntry): Promise<DetailFile> {
    const pack = report.detailPack;
    if (!pack) throw new Error(`${report.id} has no detail pack: extract DATA_DIR with --details packed`);
    if (this.open?.path !== pack.path) {
      await this.open?.file.close();
      this.open = { path: pack.path, file: await open(path.join(dataDir!, ...pack.path.split('/')), 'r') };
    }
    const member = Buffer.alloc(pack.length);
    await this.open.file.read(member, 0, pack.length, pack.offset);
    return JSON.parse(gunzipSync(member).toString('utf8')) as DetailFile;
  },
};

/** The peak RSS since the last reset (VmHWM), in MB; null off Linux. */
function peakRssMb(): number | null {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmHWM:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const output = await StagedOutput.open(path.resolve(outDir));
const assembler = new IndexSpill(output.stagedPath('.index.ndjson'));
const spill = new ProvenanceSpill(output.stagedPath('.provenance.ndjson'));
/** The spills as the reports step leaves them, from DATA_DIR's index and packs (its bytes let go of once read). */
async function rebuildSpills(): Promise<void> {
  const built = performance.now();
  const bytes = await readFile(path.join(dataDir!, 'index.json'));
  const jurisdictions = new Map<string, JurisdictionEntry>();
  for (const jurisdiction of topLevelArrayElements(bytes, 'jurisdictions')) {
    const entry = jurisdiction as JurisdictionEntry;
    jurisdictions.set(entry.id, entry);
  }
  for (const element of topLevelArrayElements(bytes, 'reports')) {
    const { detailPack, ...entry } = element as ReportEntry;
    const full = element as ReportEntry;
    const added = assembler.add({
      jurisdiction: jurisdictions.get(entry.jurisdictionId)!,
      valueCount: Object.keys(entry.values).length,
      entry: shippedEntryOf(full),
      entryJson: entryJsonOf(entry),
    });
    if (!added) continue;
    if (detailPack) assembler.locateDetail(entry.id, detailPack);
    spill.put(entry.id, reportProvenance(entry.values, await packs.detailOf(full)));
  }
  await packs.open?.file.close();
  process.stdout.write(`spills rebuilt from ${assembler.size} reports in ${((performance.now() - built) / 1000).toFixed(1)} s\n`);
}
await rebuildSpills();
collectGarbage();
try {
  // Resets VmHWM (Linux, proc(5) clear_refs): the peak below is the output step's own.
  writeFileSync('/proc/self/clear_refs', '5');
} catch {
  // Not Linux: the peak includes the rebuilding.
}

const steps: { step: RunStep; seconds: number; rssMb: number; threadCpuSeconds: number | null }[] = [];
let downloadsThreadCpuSeconds: number | null = null;
const cpuBefore = threadCpuSeconds();
const started = performance.now();
try {
  await writeOutputs(output, assembler, spill, {
    inputs: [dataDir],
    out: outDir,
    cwd: process.cwd(),
    print: () => undefined,
    progress: false,
    ...(downloadsPlan ? { downloadsPlan } : {}),
    onStep: (step) =>
      steps.push({
        step,
        seconds: (performance.now() - started) / 1000,
        rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
        threadCpuSeconds: cpuBefore === null ? null : threadCpuSeconds()! - cpuBefore,
      }),
    onDownloadsThreadCpu: (seconds) => {
      downloadsThreadCpuSeconds = seconds;
    },
  });
} catch (error) {
  await output.abort();
  throw error;
} finally {
  assembler.dispose();
  spill.dispose();
}
const stats = {
  seconds: (performance.now() - started) / 1000,
  peakRssMb: peakRssMb(),
  steps,
  downloadsThreadCpuSeconds,
  load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
};
process.stdout.write(`${JSON.stringify(stats)}\n`);
if (statsFile) writeFileSync(statsFile, `${JSON.stringify(stats)}\n`);
