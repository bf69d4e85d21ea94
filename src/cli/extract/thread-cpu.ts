/**
 * The CPU time the calling thread has used (Linux; null elsewhere): on a machine shared with other
 * work a step's seconds say more of the other work than of the step, its CPU time does not. Read
 * by the extract command for its `--stats-json` steps, and by the downloads' thread for its own.
 */

import { readFileSync } from 'node:fs';

export function threadCpuSeconds(): number | null {
  try {
    // Fields 14 and 15 (user and system time, in clock ticks of 1/100 s) after the command's closing parenthesis.
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
