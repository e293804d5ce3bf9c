// Long imports run in slices: `pause()` gives the event loop back (Slack acks, /healthz, progress lines) once a
// slice has run for `sliceMs`, and costs nothing otherwise. Plain timers, so Node and Workers both have it.
export type Pause = () => Promise<void>;

const tick = (): Promise<void> => new Promise((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));

export function createPacer(sliceMs = 15): Pause {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await tick();
    last = performance.now();
  };
}
