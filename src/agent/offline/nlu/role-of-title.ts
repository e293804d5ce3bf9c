// The role a contact's job title implies ("CFO" a finance contact), and for titles written in another language, which
// the lexicon's English words miss ("Diretora Financeira", "Geschäftsführer", "Direttore Tecnico"), the same roles.
// ("Directeur général" stays a title alone, as the corpora label it.)
import { slotValue } from './slot-values';

// English titles the lexicon's role words miss.
const ENGLISH: Array<[RegExp, string]> = [[/\baccountant\b|\btreasurer\b/i, 'finance'], [/\b(?:co-?)?founder\b/i, 'decision_maker']];
const FOREIGN: Array<[RegExp, string]> = [
  [/financ(?:eir[oa]|ier[oa]|ier|ière)|finanz|contab|comptab|buchhalt/i, 'finance'],
  [/t[eé]cni(?:c[oa]|que)|technisch|informatik|inform[aá]tic[oa]/i, 'technical_lead'],
  [/gesch[aä]ftsf[uü]hr|inhaber|g[eé]rante?|propriet[aá]ri[oa]|due[nñ]o|dono/i, 'decision_maker'],
  [/(?:chef|jefe|gestor[a]?|responsable|responsabile|leiter(?:in)?) de? ?(?:projet|proyecto|projeto|progetto|projekt)|projektleiter|project ?leader/i, 'project_manager'],
];

export function roleOfTitle(title: string, today: Date): string | undefined {
  const role = slotValue('role', title, { today });
  if (typeof role === 'string' && role !== 'other') return role;
  return ENGLISH.find(([re]) => re.test(title))?.[1] ?? roleOfOtherWords(title);
}

/** The role a title in another language implies ("Geschäftsführer", "Diretora Financeira"). */
export function roleOfOtherWords(title: string): string | undefined {
  return FOREIGN.find(([re]) => re.test(title))?.[1];
}
