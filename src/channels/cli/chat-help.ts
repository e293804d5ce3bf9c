// `help` in the terminal chat: what to type, the chat's own words, keys, and where files go.
import type { Style } from './terminal-style';

export function chatHelp(s: Style, historyPath: string): string {
  const h = (t: string) => s.bold(t);
  const ex = (t: string) => `  ${s.cyan(t)}`;
  return [
    h('Clientele in the terminal'),
    'Write what you want done, in your own words. For example:',
    ex('add Acme Corp to my clients'),
    ex('add Jane Roe (jane@acme.com) to Acme'),
    ex('find clients in Germany'),
    ex('invoice Acme 1200 EUR due in 30 days'),
    ex('export active clients as csv'),
    ex('import clients from ./leads.csv'),
    ex('attach ./brief.pdf to Acme'),
    ex('remind me to call Acme on Friday'),
    ex('my follow-ups this week'),
    '',
    h('Words the chat itself understands'),
    `  ${s.bold('help')}        this text`,
    `  ${s.bold('undo')}        reverses the last change made in this session`,
    `  ${s.bold('exit')}        quits (so do ${s.bold('quit')} and Ctrl-D)`,
    `  ${s.bold('y')} / ${s.bold('n')}       answer a question that ends in [y/N]; anything but y cancels`,
    '',
    h('Keys'),
    '  Up / Down   earlier lines, from this and earlier sessions',
    '  Ctrl-C      quits',
    '',
    h('Files'),
    '  Exports are saved in the current folder (npm run chat -- --out <folder> saves them elsewhere).',
    '  Paths to import or attach are read from this machine, relative to the current folder.',
    `  History is kept in ${historyPath}.`,
    '',
    h('Once, from the shell'),
    `  ${s.cyan('npm run chat -- "add Acme to my clients"')}   answers and exits (--yes confirms what it would ask)`,
    '  NO_COLOR=1 turns colour off.',
  ].join('\n');
}
