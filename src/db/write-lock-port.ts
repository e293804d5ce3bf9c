// This process's writer queue (serialize-writes.ts) shared with a worker thread's own connection to the same
// file. libSQL's native calls are synchronous: were the thread to hold SQLite's write lock while the main thread
// began a write, the main thread's BEGIN would wait on busy_timeout with its event loop stopped. So the thread
// asks the main thread's queue first (a message), and main-thread writers wait for it the way they wait for each
// other: asynchronously, the loop still answering. Reads never wait (WAL).
import { createWriteLock, type WriteLock } from './serialize-writes';

type LockMessage = { lock: 'acquire' | 'granted' | 'release'; id: number };
/** A Worker (main side) or parentPort (thread side). */
type Port = {
  postMessage(m: unknown): void;
  on(event: 'message', fn: (m: unknown) => void): unknown;
  off(event: 'message', fn: (m: unknown) => void): unknown;
};

export const isLockMessage = (m: unknown): m is LockMessage => !!m && typeof m === 'object' && 'lock' in m;

/** Main thread: grants `lock` to the thread at the other end of `port`. Returns a function that frees whatever
 * the thread still holds (call it when the thread exits: a dead thread's connection has rolled back). */
export function serveWriteLock(port: Port, lock: WriteLock): () => void {
  const held = new Map<number, () => void>();
  let closed = false;
  const onMessage = async (m: unknown) => {
    if (!isLockMessage(m)) return;
    if (m.lock === 'release') {
      held.get(m.id)?.();
      held.delete(m.id);
      return;
    }
    if (m.lock !== 'acquire') return;
    const release = await lock.acquire();
    if (closed) return release();
    held.set(m.id, release);
    port.postMessage({ lock: 'granted', id: m.id } satisfies LockMessage);
  };
  port.on('message', onMessage);
  return () => {
    closed = true;
    port.off('message', onMessage);
    for (const release of held.values()) release();
    held.clear();
  };
}

/** Worker thread: a WriteLock whose holder also holds the main thread's queue (see serveWriteLock). */
export function writeLockOverPort(port: Port): WriteLock {
  const local = createWriteLock();
  const waiting = new Map<number, () => void>();
  let next = 0;
  port.on('message', (m: unknown) => {
    if (isLockMessage(m) && m.lock === 'granted') {
      waiting.get(m.id)?.();
      waiting.delete(m.id);
    }
  });
  const remote = (): Promise<() => void> => new Promise((ok) => {
    const id = ++next;
    let done = false;
    waiting.set(id, () => ok(() => {
      if (done) return;
      done = true;
      port.postMessage({ lock: 'release', id } satisfies LockMessage);
    }));
    port.postMessage({ lock: 'acquire', id } satisfies LockMessage);
  });
  return {
    held: local.held,
    async acquire() {
      const releaseLocal = await local.acquire();
      const releaseRemote = await remote();
      return () => {
        releaseRemote();
        releaseLocal();
      };
    },
    run(fn) {
      if (local.held()) return fn();
      return local.run(async () => {
        const release = await remote();
        try {
          return await fn();
        } finally {
          release();
        }
      });
    },
  };
}
