import pino from 'pino';
import type { Log } from './context';

export function createLog(level: string): Log {
  return pino({ level, redact: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.token'] });
}
