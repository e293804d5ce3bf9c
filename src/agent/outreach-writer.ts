// The OutreachWriter port over the agent's language model: a re-engagement email written from the client's own
// history. Only for a real model: the offline one cannot write prose, and draftOutreach composes from the facts.
import type { LanguageModel } from 'ai';
import type { OutreachWriter } from '../context';

const INSTRUCTIONS = [
  'You write short, warm re-engagement emails from a small studio to a client that has gone quiet.',
  'Write ONLY from the facts given: name the real project, the last invoice or contact date or the industry where',
  'they help. Invent nothing: no discounts, prices, dates, projects or promises that are not in the facts.',
  'Address the contact by first name when known. 90 to 160 words, plain text, no markdown, no placeholders in brackets.',
  'End with a simple question (for example a short call) and sign with the sender given.',
  'Answer in exactly this form: the first line "Subject: <subject>", an empty line, then the body.',
].join(' ');

const WRITE_TIMEOUT_MS = 30_000;

const isOffline = (model: LanguageModel) => typeof model === 'object' && model.provider === 'clientele' && model.modelId === 'offline';

/** "Subject: ...\n\nbody" -> the parts; null when the model answered in another shape. */
export function parseEmail(text: string): { subject: string; body: string } | null {
  const m = /^\s*(?:\*\*)?subject(?:\*\*)?\s*:\s*(.+?)\s*\n+([\s\S]+)$/i.exec(text.replace(/\r\n/g, '\n'));
  if (!m) return null;
  const subject = m[1].replace(/^["*]+|["*]+$/g, '').trim().slice(0, 200);
  const body = m[2].trim().slice(0, 20_000);
  return subject && body.length >= 20 ? { subject, body } : null;
}

export function createOutreachWriter(model: LanguageModel): OutreachWriter | undefined {
  if (isOffline(model)) return undefined;
  return {
    async draftEmail({ facts, goal }) {
      // Loaded with the first draft: every request's ctx has a writer, few ever write.
      const { generateText } = await import('ai');
      const { text } = await generateText({
        model,
        instructions: INSTRUCTIONS,
        prompt: `${facts}${goal ? `\nGoal of this email: ${goal}` : ''}`,
        maxOutputTokens: 700,
        maxRetries: 1,
        abortSignal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
      });
      const email = parseEmail(text);
      if (!email) throw new Error('the model did not answer with "Subject:" and a body');
      return email;
    },
  };
}
