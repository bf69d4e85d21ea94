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

/** One sample of the JavaScript sampler: when it was taken (the trace's clock), its frame, the time it stands for (ms). */
export interface ProfileSample {
  readonly at: number;
  readonly node: CpuProfileNode;
  readonly ms: number;
}

/**
 * The sampler's nodes and samples, from the ProfileChunk events (of process `pid` only, when given),
 * each sample timed on the trace's clock: the Profile event's start plus the deltas before it.
 */
export function profileSamples(
  events: readonly TraceEvent[],
  pid?: number,
): { nodes: Map<number, CpuProfileNode>; samples: ProfileSample[] } {
  const nodes = new Map<number, CpuProfileNode>();
  const ids: number[] = [];
  const deltas: number[] = [];
  let profileStart: number | null = null;
  for (const event of events) {
    if (pid !== undefined && event.pid !== pid) continue;
    if (event.name === 'Profile' && profileStart === null) profileStart = (event.args?.data?.startTime as number | undefined) ?? null;
    if (event.name !== 'ProfileChunk') continue;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    ids.push(...(data?.cpuProfile?.samples ?? []));
    deltas.push(...(data?.timeDeltas ?? []));
  }
  const samples: ProfileSample[] = [];
  let at = profileStart ?? 0;
  for (let i = 0; i < ids.length; i += 1) {
    at += deltas[i] ?? 0;
    const node = nodes.get(ids[i]!);
    if (node) samples.push({ at, node, ms: (deltas[i + 1] ?? 0) / 1000 });
  }
  return { nodes, samples };
}

/** A frame as the benches print it: function, file and line. */
export function frameName(node: CpuProfileNode): string {
  return `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').at(-1) ?? ''}:${node.callFrame.lineNumber + 1}`;
}

/** A sample's stack, its own frame first. */
export function stackOf(node: CpuProfileNode, nodes: ReadonlyMap<number, CpuProfileNode>): CpuProfileNode[] {
  const stack: CpuProfileNode[] = [];
  for (let walk: CpuProfileNode | undefined = node; walk; walk = walk.parent === undefined ? undefined : nodes.get(walk.parent))
    stack.push(walk);
  return stack;
}
