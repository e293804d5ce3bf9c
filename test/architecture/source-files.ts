// What the architecture tests read: the repo's source files and their import lines.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return walk(rel);
    return /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [rel] : [];
  });
}

/** A repo file's text. */
export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Every .ts/.tsx file under `dirs`, with its text. */
export function readSources(...dirs: string[]): Array<{ path: string; text: string }> {
  return dirs.flatMap(walk).map((path) => ({ path, text: readSource(path) }));
}

export type Import = { spec: string; typeOnly: boolean; target: string };

/** Every import/export-from/dynamic import of a file; `target` is the repo path for relative ones, else the package. */
export function readImports(file: string, text: string): Import[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const target = spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
    found.push({ spec, typeOnly, target });
  };
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) add(m[3], !!m[2]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], false);
  return found;
}

/** The repo path a relative import specifier of `file` points at. */
export function importTarget(file: string, spec: string): string {
  return relative(ROOT, resolve(ROOT, dirname(file), spec));
}
