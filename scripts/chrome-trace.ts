/**
 * The shapes of Chromium's trace events and of the JavaScript sampler's profile chunks, as the
 * benches that trace the page read them (scripts/bench-dashboard-profile.ts,
 * scripts/profile-first-chart.ts). Only the fields they read.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber?: number };
  parent?: number;
}

export interface CpuProfileChunk {
  nodes?: CpuProfileNode[];
  samples?: number[];
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (microseconds): what the page did, not what the machine's other work delayed. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } & Record<string, unknown> };
  id?: string;
}
