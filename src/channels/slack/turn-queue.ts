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
