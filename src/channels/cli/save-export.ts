// An export made in the terminal is copied where the person is working (the current folder, or --out), under
// its own name, never over an existing file ("clients.csv", then "clients-2.csv"). It stays private (0600).
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';

export function saveExport(from: string, dir: string, name = basename(from)): string {
  mkdirSync(dir, { recursive: true });
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const to = join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    try {
      copyFileSync(from, to, constants.COPYFILE_EXCL);
      return to;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 999) throw err;
    }
  }
}

/** How to show a saved file: relative to the current folder when it is inside it. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? `./${rel}` : file;
}
