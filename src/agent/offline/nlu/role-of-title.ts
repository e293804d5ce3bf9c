// The role a contact's job title implies ("CFO" a finance contact), and for titles written in another language, which
// the lexicon's English words miss ("Diretora Financeira", "Geschäftsführer", "Direttore Tecnico"), the same roles.
// ("Directeur général" stays a title alone, as the corpora label it.)
import { slotValue } from './slot-values';

const FOREIGN: Array<[RegExp, string]> = [
  [/financ(?:eir[oa]|ier[oa]|ier|ière)|finanz|contab|comptab|buchhalt|\baccountant\b|\btreasurer\b/i, 'finance'],
  [/t[eé]cni(?:c[oa]|que)|technisch|informatik|inform[aá]tic[oa]/i, 'technical_lead'],
  [/\b(?:co-?)?founder\b|gesch[aä]ftsf[uü]hr|inhaber|g[eé]rante?|propriet[aá]ri[oa]|due[nñ]o|dono/i, 'decision_maker'],
  [/(?:chef|jefe|gestor[a]?|responsable|responsabile|leiter(?:in)?) de? ?(?:projet|proyecto|projeto|progetto|projekt)|projektleiter|project ?leader/i, 'project_manager'],
];

export function roleOfTitle(title: string, today: Date): string | undefined {
  const role = slotValue('role', title, { today });
  if (typeof role === 'string' && role !== 'other') return role;
  return FOREIGN.find(([re]) => re.test(title))?.[1];
}
