/**
 * `npx tsx scripts/cpuprofile-top.ts FILE.cpuprofile [--top N] [--inclusive | --lines]`: the
 * functions of a V8 CPU profile (`node --cpu-prof`) by self time, or by inclusive time (each
 * function counted once per sample however deep its recursion), with their share of the profile;
 * `--lines`: the source lines by self ticks, each shown with its text; `--under NAME`: only the
 * samples taken inside the function NAME, to read one stage's own breakdown. Profile a bundle (esbuild
 * scripts/bench-core.ts --bundle) for lines that mean something: tsx's transpiled modules report
 * every function on line 1. Prints figures only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Command } from 'commander';

import type { CpuProfileNode } from './chrome-trace';

interface CpuProfile {
  nodes: (CpuProfileNode & { children?: number[]; positionTicks?: { line: number; ticks: number }[] })[];
  samples: number[];
  timeDeltas: number[];
}

const program = new Command()
  .name('cpuprofile-top')
  .argument('<file>', 'a .cpuprofile written by node --cpu-prof')
  .option('--top <n>', 'rows to print', (value) => Number(value), 30)
  .option('--inclusive', 'rank by inclusive time (the function and what it calls)', false)
  .option('--lines', 'rank source lines by self ticks', false)
  .option('--under <name>', 'only the samples taken inside the function of that name (inclusive time is then within it)')
  .parse(process.argv.slice(2), { from: 'user' });
const { top, inclusive, lines, under } = program.opts<{ top: number; inclusive: boolean; lines: boolean; under?: string }>();
const profile = JSON.parse(readFileSync(program.args[0]!, 'utf8')) as CpuProfile;

if (lines) {
  const ticksByLine = new Map<string, { url: string; line: number; ticks: number; functionName: string }>();
  let totalTicks = 0;
  for (const node of profile.nodes) {
    for (const { line, ticks } of node.positionTicks ?? []) {
      const key = `${node.callFrame.url}:${line}`;
      const row = ticksByLine.get(key) ?? { url: node.callFrame.url ?? '', line, ticks: 0, functionName: node.callFrame.functionName };
      row.ticks += ticks;
      totalTicks += ticks;
      ticksByLine.set(key, row);
    }
  }
  const sources = new Map<string, string[]>();
  const sourceLine = (url: string, line: number): string => {
    if (!sources.has(url)) {
      try {
        sources.set(url, readFileSync(new URL(url), 'utf8').split('\n'));
      } catch {
        sources.set(url, []);
      }
    }
    return (sources.get(url)![line - 1] ?? '').trim().slice(0, 110);
  };
  process.stdout.write(`${totalTicks} ticks\n`);
  for (const row of [...ticksByLine.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top)) {
    process.stdout.write(
      `${String(row.ticks).padStart(6)} ${((100 * row.ticks) / totalTicks).toFixed(1).padStart(5)}%  ${row.functionName} ${path.basename(row.url)}:${row.line}  ${sourceLine(row.url, row.line)}\n`,
    );
  }
  process.exit(0);
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** "name file:line": one key per function, whatever the call path. */
function frameKey(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
}

/** True when the sample's stack passes through a function named `name`. */
function stackHolds(id: number, name: string): boolean {
  for (let nodeId: number | undefined = id; nodeId !== undefined; nodeId = parentOf.get(nodeId)) {
    if (byId.get(nodeId)!.callFrame.functionName === name) return true;
  }
  return false;
}

const msByKey = new Map<string, number>();
let totalMs = 0;
profile.samples.forEach((id, index) => {
  // A sample's time is the delta to the next sample (the last one gets the previous delta).
  const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
  totalMs += ms;
  if (under !== undefined && !stackHolds(id, under)) return;
  const keys = new Set<string>();
  for (let nodeId: number | undefined = id; nodeId !== undefined; nodeId = inclusive ? parentOf.get(nodeId) : undefined) {
    keys.add(frameKey(byId.get(nodeId)!));
  }
  for (const key of keys) msByKey.set(key, (msByKey.get(key) ?? 0) + ms);
});

const rows = [...msByKey].sort((a, b) => b[1] - a[1]).slice(0, top);
process.stdout.write(`${totalMs.toFixed(0)} ms sampled (${inclusive ? 'inclusive' : 'self'} time${under ? `, ${under} alone` : ''})\n`);
for (const [key, ms] of rows) {
  process.stdout.write(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${key}\n`);
}
