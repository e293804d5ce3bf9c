// Column helpers every area's tables share.
import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

export const ts = (name: string) => integer(name, { mode: 'timestamp_ms' });
export const created = () => ts('created_at').notNull().default(sql`(unixepoch('subsec') * 1000)`);
export const flag = (name: string) => integer(name, { mode: 'boolean' });
