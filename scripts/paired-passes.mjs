/**
 * Two builds timed pass by pass in one process, on the thread's CPU clock (Linux): the shared part
 * of scripts/bench-core-ab.mjs (the extractor core) and scripts/bench-worker-ab.mjs (a worker's whole
 * path). Paired ratios of adjacent passes, each pair's order alternating, cancel the drift of a
 * shared machine. Prints figures only.
 */
import { readFileSync } from 'node:fs';

/** The calling thread's CPU time in milliseconds (user + system, 10 ms ticks). */
export function threadCpuMs() {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * `run(build)` for each build, two warm-up passes each, then `rounds` pairs; resolves to one line:
 * each build's median ms per item and the median of the paired ratios (new / base), with each ratio.
 */
export async function pairedPasses(base, next, run, rounds, items) {
  for (let warm = 0; warm < 2; warm += 1) for (const build of [base, next]) await run(build);
  const baseMs = [];
  const newMs = [];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [base, next] : [next, base];
    const spent = [];
    for (const build of order) {
      const started = threadCpuMs();
      await run(build);
      spent.push(threadCpuMs() - started);
    }
    baseMs.push(round % 2 === 0 ? spent[0] : spent[1]);
    newMs.push(round % 2 === 0 ? spent[1] : spent[0]);
  }
  const ratios = newMs.map((ms, index) => ms / baseMs[index]);
  return (
    `base ${(median(baseMs) / items).toFixed(3)} ms/report, new ${(median(newMs) / items).toFixed(3)} ms/report; ` +
    `median paired ratio ${median(ratios).toFixed(3)} (${ratios.map((ratio) => ratio.toFixed(2)).join(' ')})`
  );
}
