// CSV import in the terminal: "import clients from ./leads.csv" is a dry run of that file (importCsv); "apply
// import <id>" applies a dry run (applyImport, confirmed); "show import <id>" shows an upload's report.
import { call, type Matcher } from './clause';

/** A file name or path ending in .csv or .txt, quoted or bare ("./leads.csv", '~/Downloads/My Leads.csv'). */
const PATH = String.raw`(?:"([^"]+\.(?:csv|txt))"|'([^']+\.(?:csv|txt))'|\x60([^\x60]+\.(?:csv|txt))\x60|((?:~|\.{1,2})?[\w./\\:-]*\.(?:csv|txt)))`;
const IMPORT = new RegExp(String.raw`^(?:please\s+)?(?:import|load|upload|bring\s+in|read\s+in|check|dry[- ]run)\b.*?(?:^|\s)${PATH}(?=[\s,.;!?]*$|\s)`, 'i');
const IMPORT_ID = String.raw`([A-Za-z0-9_-]{12,40})`;
const APPLY = new RegExp(String.raw`^(?:please\s+)?(?:apply|run|confirm|finish|complete|go\s+ahead\s+with)\s+(?:the\s+)?(?:csv\s+)?import\s+(?:id\s+)?${IMPORT_ID}\b`, 'i');
const SHOW = new RegExp(String.raw`^(?:please\s+)?(?:show|check|open|what(?:'s| is| does)?)\s+(?:me\s+)?(?:the\s+)?(?:csv\s+)?import\s+(?:id\s+)?${IMPORT_ID}\b`, 'i');

export const matchImport: Matcher = (c) => {
  const t = c.text.trim();
  const apply = APPLY.exec(t);
  if (apply) return call('applyImport', { importId: apply[1] });
  const show = SHOW.exec(t);
  if (show) return call('importCsv', { importId: show[1] });
  const m = IMPORT.exec(t);
  if (m) return call('importCsv', { file: m[1] ?? m[2] ?? m[3] ?? m[4] });
  return null;
};
