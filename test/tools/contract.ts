// Reads the public tool contract: tool name -> argument keys (required or not). test/fixtures/contracts/tools.md is a
// copy of ../shared/contracts/tools.md kept in the repository, because CI runs on a clone without ../shared.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type ContractTool = { name: string; keys: Map<string, { required: boolean }> };

export const CONTRACT_PATH = resolve(import.meta.dirname, '../fixtures/contracts/tools.md');

export function readToolContract(path = CONTRACT_PATH): Map<string, ContractTool> {
  const rows = readFileSync(path, 'utf8').split('\n')
    .map((line) => line.match(/^\|\s*`(\w+)`\s*\|([^|]*)\|/))
    .filter((m): m is RegExpMatchArray => !!m);
  const raw = new Map(rows.map((m) => [m[1], m[2]]));
  const tools = new Map<string, ContractTool>();
  const build = (name: string): ContractTool => {
    const known = tools.get(name);
    if (known) return known;
    const cell = raw.get(name);
    if (cell === undefined) throw new Error(`tools.md has no row for ${name}`);
    const keys = new Map<string, { required: boolean }>();
    for (const m of cell.matchAll(/`(\w+)(\?)?`/g)) {
      const [, key, optional] = m;
      if (raw.has(key) && key !== name) {
        // "any field of `createClient`", "the filters of `findClients`": the other tool's keys, all optional here.
        for (const k of build(key).keys.keys()) if (!keys.has(k)) keys.set(k, { required: false });
        continue;
      }
      // "`invoice` or `client`": either one, so neither is required on its own.
      const either = new RegExp(`\`${key}\`\\s+or\\s+\`|\`\\s+or\\s+\`${key}\``).test(cell);
      keys.set(key, { required: !optional && !either });
    }
    const tool = { name, keys };
    tools.set(name, tool);
    return tool;
  };
  for (const name of raw.keys()) build(name);
  return tools;
}
