// `npm ci` on a fresh clone must work on every machine the README names (Linux, macOS, Windows; x64 and arm64): the
// lock file keeps each native package's build for every platform, not only the one it was last installed on (npm has
// pruned them when a lock was regenerated on one machine).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, Entry> };
const paths = Object.keys(lock.packages);
const PLATFORM = /(?:darwin|linux|win32|freebsd|android|openbsd|netbsd|sunos|aix|openharmony)/;
const locked = (name: string) => paths.some((p) => p.endsWith(`node_modules/${name}`));

describe('the lock file', () => {
  it('keeps every platform build that a locked package lists as optional', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((dep) => PLATFORM.test(dep) && !locked(dep)).map((dep) => `${path} -> ${dep}`));
    expect(missing).toEqual([]);
  });

  it('has the database driver, the bundler and the linter for Linux, macOS and Windows', () => {
    for (const name of ['@libsql/linux-x64-gnu', '@libsql/linux-arm64-gnu', '@libsql/darwin-arm64', '@libsql/darwin-x64', '@libsql/win32-x64-msvc',
      '@esbuild/linux-x64', '@esbuild/darwin-arm64', '@esbuild/win32-x64', '@biomejs/cli-linux-x64', '@biomejs/cli-darwin-arm64', '@biomejs/cli-win32-x64']) {
      expect(locked(name), name).toBe(true);
    }
  });
});
