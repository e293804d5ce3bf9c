// Logs one JSON line per entry with console.log: Workers collect console output (pino is for Node).
import type { Log } from '../context';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
type Level = (typeof LEVELS)[number] | 'silent';

export function createConsoleLog(level: Level): Log {
  const min = level === 'silent' ? Infinity : LEVELS.indexOf(level);
  const write = (at: Level) => (obj: object | string, msg?: string) => {
    if (LEVELS.indexOf(at as (typeof LEVELS)[number]) < min) return;
    const fields = typeof obj === 'string' ? { msg: obj } : { ...serialize(obj), ...(msg ? { msg } : {}) };
    console.log(JSON.stringify({ level: at, time: new Date().toISOString(), ...fields }));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

// Errors do not survive JSON.stringify: keep their name, message and stack.
function serialize(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    out[k] = v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v;
  }
  return out;
}
