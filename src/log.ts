// The server's log: pino. JSON lines in production (for a log collector); in development (`npm run dev`) one
// readable line per record instead, e.g. `GET /clients 200 12 ms 3f2c9a1e` for a request.
import pino from 'pino';
import type { Log } from './context';

export type LogOptions = { pretty?: boolean; destination?: { write(line: string): unknown } };

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const QUIET = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'req', 'res', 'ms']);

/** One pino JSON record as one line a person reads. */
export function prettyLine(json: string): string {
  let o: Record<string, unknown>;
  try { o = JSON.parse(json); } catch { return json; }
  const req = o.req as { id?: string; method?: string; path?: string } | undefined;
  const res = o.res as { status?: number } | undefined;
  if (o.msg === 'request' && req?.method) {
    return `${`${req.method} ${req.path} ${res?.status ?? '-'} ${o.ms ?? '-'} ms ${req.id ?? ''}`.trimEnd()}\n`;
  }
  const level = LEVELS[o.level as number] ?? String(o.level);
  const rest = Object.entries(o).filter(([k]) => !QUIET.has(k)).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return `${[level, o.msg, ...rest].filter((x) => x !== undefined && x !== '').join(' ')}\n`;
}

export function createLog(level: string, opts: LogOptions = {}): Log {
  const options = { level, redact: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.token'] };
  if (!opts.pretty) return opts.destination ? pino(options, opts.destination) : pino(options);
  const out = opts.destination ?? process.stdout;
  return pino(options, { write: (line: string) => out.write(prettyLine(line)) });
}
