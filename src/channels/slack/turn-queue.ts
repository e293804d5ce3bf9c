// Work that must not delay answers already due: each task starts in its own later turn of the event loop
// (setImmediate, after pending I/O such as other requests and written responses), one at a time, in order.
export type TurnQueue = { run<T>(task: () => Promise<T>): Promise<T> };

export function createTurnQueue(): TurnQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const next = tail.then(() => new Promise<void>((r) => setImmediate(r))).then(task);
      tail = next.catch(() => {});
      return next;
    },
  };
}

/**
 * Holds work back while requests are being answered: wait() resolves only when no request is between its arrival
 * and its answer, one waiter per loop turn, so a burst of acks is answered before agent turns take the loop.
 */
export type IdleGate = { enter(): void; leave(): void; wait(): Promise<void> };

export function createIdleGate(): IdleGate {
  let busy = 0;
  let scheduled = false;
  const waiting: Array<() => void> = [];
  const schedule = () => {
    if (scheduled || !waiting.length) return;
    scheduled = true;
    setImmediate(pump);
  };
  function pump() {
    scheduled = false;
    if (busy > 0) return;
    waiting.shift()?.();
    schedule();
  }
  return {
    enter() { busy++; },
    leave() { if (--busy === 0) schedule(); },
    wait: () => new Promise<void>((r) => { waiting.push(r); schedule(); }),
  };
}
