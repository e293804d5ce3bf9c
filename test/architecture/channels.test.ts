// Issue 12: every surface runs a tool the same way (tools/run-tool.ts), and a request's ctx is built once, by the
// session middleware, not by each route.
import { describe, expect, it } from 'vitest';
import { importTarget, readImports, readSource, readSources, walk } from './source-files';

/** Domain verbs a registered tool runs: the module a tools/*.ts descriptor imports its own name from
 *  (tools/archive-client.ts runs archiveClient from src/domain/clients/archive-client). */
function toolVerbs(list: Array<{ path: string; text: string }>): Map<string, string> {
  const verbs = new Map<string, string>();
  for (const { path, text } of list) {
    const name = /\bname: '(\w+)'/.exec(text)?.[1];
    if (!name) continue;
    for (const m of text.matchAll(/\bimport\s+\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
      const target = importTarget(path, m[2]);
      if (target.startsWith('src/domain/') && m[1].split(',').some((x) => x.trim() === name)) verbs.set(target, name);
    }
  }
  return verbs;
}

/** Channel files that still call a verb a tool runs, instead of the runner (tools/run-tool.ts), each with why.
 *  Issue 12: every surface runs a tool the same way; the list only shrinks. */
const VERB_CALLERS: Record<string, string> = {
  // Pages that draw the history and the overview from their records (filtered by kind of record, grouped into cards);
  // the listActivity and listAttention tools answer the same reads in words for chat.
  'src/channels/http/team/members-routes.ts': "the Team page's recent team changes (member records only, which listActivity's tool does not filter)",
  'src/channels/http/team/settings-routes.ts': "the Settings page's recent changes (group and workspace records only)",
  'src/channels/slack/blocks/app-home.ts': "the App Home's cards, drawn from the overview's records",
  'src/channels/http/files/file-routes.ts':
    "the CSV API: an upload's file body (importCsv), an export's options beyond exportCsv's tool (contacts, BOM), and an " +
    "apply answering the whole report, as the import page reads it (applyImport's tool answers the first rows)",
};

/** Non-type imports of a tool's verb from src/channels. */
function verbCalls(list: Array<{ path: string; text: string }>, verbs: Map<string, string>): string[] {
  return list.flatMap(({ path, text }) =>
    path.startsWith('src/channels/')
      ? readImports(path, text)
          .filter((i) => !i.typeOnly && verbs.has(i.target))
          .map((i) => `${path} -> ${i.target}`)
      : [],
  );
}

describe('architecture: channels', () => {
  it('channels run the verbs tools wrap through the one runner (the allow-list says why for the rest)', () => {
    const verbs = toolVerbs(readSources('tools'));
    expect(verbs.get('src/domain/clients/archive-client')).toBe('archiveClient');
    expect(verbs.size).toBeGreaterThan(30);
    expect(
      verbCalls(
        [
          { path: 'src/channels/slack/x.ts', text: "import { archiveClient } from '../../domain/clients/archive-client';" },
          {
            path: 'src/channels/slack/y.ts',
            text: "import type { ClientView } from '../../domain/clients/views';\nimport { runTool } from '../../../tools/run-tool';",
          },
          { path: 'tools/z.ts', text: "import { archiveClient } from '../src/domain/clients/archive-client';" },
        ],
        verbs,
      ),
    ).toEqual(['src/channels/slack/x.ts -> src/domain/clients/archive-client']);
    const files = readSources('src/channels');
    const callers = [...new Set(verbCalls(files, verbs).map((v) => v.split(' -> ')[0]))].sort();
    expect(verbCalls(files, verbs).filter((v) => !VERB_CALLERS[v.split(' -> ')[0]])).toEqual([]);
    // An entry that no longer applies is removed, so the list only shrinks.
    expect(Object.keys(VERB_CALLERS).filter((p) => !callers.includes(p))).toEqual([]);
  });

  it("the team's routes take the request's ctx from the session middleware, not each their own (issue 12)", () => {
    // Only sign-in builds one, for the system actor (there is no member yet).
    const own = ['src/channels/http/team', 'src/channels/http/api', 'src/channels/http/files']
      .flatMap(walk)
      .filter((path) => path !== 'src/channels/http/team/auth-routes.ts' && /\bmakeCtx\(/.test(readSource(path)));
    expect(own).toEqual([]);
  });

  it("the portal's routes take the contact's ctx from the portal session middleware, not each their own (issue 12)", () => {
    // The middleware builds it; sign-in by link builds one for the system actor (there is no contact yet).
    const own = walk('src/channels/http/portal')
      .filter((path) => /\bmakeCtx\(/.test(readSource(path)))
      .sort();
    expect(own).toEqual(['src/channels/http/portal/portal-link-routes.ts', 'src/channels/http/portal/portal-session.ts']);
  });
});
