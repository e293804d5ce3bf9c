// A pass run at once and then every `everyMs`, never two at a time in one process; the returned function stops the
// timer and waits for a pass under way (a server's close, a test's drain). The timer keeps no process alive.
export function repeatPass(pass: () => Promise<void>, everyMs: number): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= pass().finally(() => { running = null; });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
