import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { Ctx } from '../src/context';
import { requireClientAccess } from '../src/domain/access';
import { addDocument } from '../src/domain/documents/add-document';
import { MAX_DOCUMENT_BYTES } from '../src/domain/documents/document-rules';
import { sizeLabel } from '../src/domain/documents/document-views';
import { DomainError, Forbidden, InvalidInput } from '../src/errors';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor, Upload } from './types';

export const AddDocumentToolInput = z.object({
  client: clientRef,
  file: z.string().describe('Path of the file on this computer (terminal only), e.g. "./brand-guide.pdf". On the web and in Slack the file is an upload, named here.'),
  title: z.string().optional().describe('What the document is called in the portal; default: the file name.'),
  shared: z.boolean().optional().describe('true shows it to the client in the portal; default: team only.'),
});
type Input = z.infer<typeof AddDocumentToolInput>;

export const addDocumentTool: ToolDescriptor<Input> = {
  name: 'addDocument',
  description: 'Attaches a file to a client as a document (PDF, office files, images, text; at most 20 MB; never programs). Kept for the team unless shared, which shows it in the client portal.',
  input: AddDocumentToolInput,
  // Sharing puts the file in front of the client, so a model's call to share waits for the person.
  risk: 'sendsOutside',
  riskOf: ({ input }) => (input.shared ? 'sendsOutside' : 'write'),
  summarize: (input) => `Attach ${input.file} to ${input.client}${input.shared ? ' and share it in the portal' : ' (team only)'}`,
  // An upload (the web's form, a file shared in Slack) comes beside the input, which names it; a path is read in the terminal.
  run: ({ ctx, input, upload }) => guard(ctx, async () => {
    requireClientAccess(ctx.actor);
    const file: Upload = upload ?? await readLocalFile(ctx, input.file.trim());
    const r = await addDocument({ ctx, input: { client: input.client, file, title: input.title, shared: input.shared } });
    const where = r.document.shared ? 'shared in the portal' : 'team only';
    return {
      ok: true,
      text: `Added "${r.document.title}" (${r.document.filename}, ${sizeLabel(r.document.bytes)}) to ${r.client.name}, ${where}.`,
      data: { kind: 'document', document: r.document, client: r.client },
      undo: { activityId: r.activityId, label: `Remove "${r.document.title}"` },
    };
  }),
};

const uploadHint = (ctx: Ctx) => (ctx.actor.channel === 'slack'
  ? 'Share the file in Slack with a message such as "attach this to Acme".'
  : "Upload it on the client's page, in the Documents card.");

/** A path is read only in the terminal, where the person and the server are the same machine. */
async function readLocalFile(ctx: Ctx, path: string): Promise<Upload> {
  if (!path) {
    const message = ctx.actor.channel === 'cli' ? 'Which file? Give its path, e.g. "./brand-guide.pdf".' : `Which file? ${uploadHint(ctx)}`;
    throw new InvalidInput([{ field: 'file', message }], message);
  }
  if (ctx.actor.channel !== 'cli') throw new Forbidden(`Files on the server are not read from ${ctx.actor.channel === 'slack' ? 'Slack' : 'the web'}. ${uploadHint(ctx)}`);
  const full = resolve(path.replace(/^~(?=$|[/\\])/, homedir()));
  const info = await stat(full).catch(() => null);
  if (!info) throw new InvalidInput([{ field: 'file', message: `there is no file at ${path}` }], `There is no file at ${path}.`);
  if (!info.isFile()) throw new InvalidInput([{ field: 'file', message: `${path} is not a file` }], `${path} is a folder or a device, not a file.`);
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new DomainError('too_large', `${basename(full)} is ${sizeLabel(info.size)}; documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  return { name: basename(full), bytes: new Uint8Array(await readFile(full)) };
}
