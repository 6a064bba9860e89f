// Plain performance.now medians: the operations measured here take milliseconds to seconds, so
// a harness adds nothing, and alternating the two sides of a ratio run by run makes the
// machine's load (shared, busy) fall on both alike.

declare const gc: (() => void) | undefined;

/** Collects garbage first when the process runs with --expose-gc, so one run's garbage is not billed to the next. */
export function collect(): void {
  if (typeof gc === "function") gc();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Milliseconds of one call of each function, alternated `runs` times after `warmup` rounds;
 * medians, same order.
 */
export function timeAlternating(
  { runs, warmup = 1 }: { readonly runs: number; readonly warmup?: number },
  ...fns: (() => unknown)[]
): number[] {
  const times = fns.map(() => [] as number[]);
  let sink = 0;
  for (let round = 0; round < warmup; round++) {
    for (const fn of fns) sink ^= fn() === undefined ? 0 : 1;
  }
  for (let run = 0; run < runs; run++) {
    fns.forEach((fn, i) => {
      collect();
      const start = performance.now();
      const out = fn();
      times[i]!.push(performance.now() - start);
      sink ^= out === undefined ? 0 : 1;
    });
  }
  if (sink === 2) process.stdout.write(""); // keeps results alive
  return times.map(median);
}

/** Items per second of one case: by the clock, and per second of this process's CPU time. */
export interface Rate {
  readonly wall: number;
  readonly cpu: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Items per second of each function (one call handles `per` items), measured in alternating
 * batches of about `ms` milliseconds; median of `runs` batches each. The CPU-time rate is the
 * one to read on a shared machine: other processes' load slows the clock rate, not this one
 * (as much).
 */
export function throughputs(
  cases: readonly { readonly fn: () => unknown; readonly per: number }[],
  runs = 9,
  ms = 100,
): Rate[] {
  const batches = cases.map(({ fn }) => {
    let batch = 1;
    for (;;) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) fn();
      if (performance.now() - start >= ms / 4) return batch * 4;
      batch *= 2;
    }
  });
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    cases.forEach(({ fn, per }, c) => {
      const batch = batches[c]!;
      const cpuStart = cpuMs();
      const start = performance.now();
      for (let i = 0; i < batch; i++) fn();
      const elapsed = performance.now() - start;
      const used = Math.max(cpuMs() - cpuStart, 0.001);
      wall[c]!.push((batch * per * 1000) / elapsed);
      cpu[c]!.push((batch * per * 1000) / used);
    });
  }
  return cases.map((_, c) => ({ wall: median(wall[c]!), cpu: median(cpu[c]!) }));
}
