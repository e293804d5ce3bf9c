// Colour and a spinner for the terminal chat. Colour only on a terminal and never with NO_COLOR set
// (https://no-color.org; FORCE_COLOR turns it on for a pipe); the spinner only on a terminal, so piped output
// and logs stay plain text.
export type Out = { write(s: string): unknown; isTTY?: boolean };
export type Style = Record<'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan', (s: string) => string>;

const SGR = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const;

export function wantsColor(env: Record<string, string | undefined>, out: Out): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return !!out.isTTY && env.TERM !== 'dumb';
}

export function createStyle(color: boolean): Style {
  const paint = ([on, off]: readonly [number, number]) => (s: string) => (color ? `\x1b[${on}m${s}\x1b[${off}m` : s);
  return {
    bold: paint(SGR.bold), dim: paint(SGR.dim), red: paint(SGR.red), green: paint(SGR.green), yellow: paint(SGR.yellow), cyan: paint(SGR.cyan),
  };
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Shows "⠋ working…" on one line until stop() (which wipes it); does nothing when out is not a terminal. */
export function startSpinner(out: Out, style: Style, label = 'working…'): { stop(): void } {
  if (!out.isTTY) return { stop() {} };
  let n = 0;
  const draw = () => out.write(`\r${style.cyan(FRAMES[n++ % FRAMES.length])} ${style.dim(label)}`);
  draw();
  const timer = setInterval(draw, 80);
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      out.write('\r\x1b[K');
    },
  };
}
