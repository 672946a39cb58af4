// CPU time of one thread of this process, read from outside that thread. Node 20 cannot report a worker's CPU
// time (worker.cpuUsage() came later, process.cpuUsage() counts the whole process), but Linux exposes every
// thread's own clock under /proc: a worker names its kernel thread id once (threadId()), and the pool reads that
// thread's clock while the worker is stuck in a loop or in WebAssembly. Elsewhere both return undefined and the
// budget falls back to wall time.
import { readFileSync, readlinkSync } from 'node:fs';

/** The calling thread's kernel id (from /proc/thread-self → "<pid>/task/<tid>"), or undefined off Linux. */
export function threadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A reader of thread `tid`'s CPU time in ms (user + system), or undefined when this system cannot tell.
 * schedstat counts nanoseconds; stat's utime + stime (clock ticks, 10 ms on Linux) is the fallback.
 */
export function threadCpuClock(tid: number | undefined): (() => number | undefined) | undefined {
  if (tid === undefined) return undefined;
  const base = `/proc/self/task/${tid}`;
  const schedstat = () => Number(readFileSync(`${base}/schedstat`, 'latin1').split(' ')[0]) / 1e6;
  const stat = () => {
    // Fields after the command name, which is parenthesised and may hold spaces: utime and stime are 14 and 15.
    const text = readFileSync(`${base}/stat`, 'latin1');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  for (const read of [schedstat, stat]) {
    try {
      if (Number.isFinite(read())) {
        return () => {
          try {
            return read();
          } catch {
            return undefined; // the thread is gone
          }
        };
      }
    } catch {
      // try the next source
    }
  }
  return undefined;
}
