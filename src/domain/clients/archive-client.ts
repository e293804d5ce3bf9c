// Hides a client from active lists; keeps its contacts, ledger, notes and history.
import type { Ctx } from '../../context';
import { setArchived, type ArchiveResult } from './set-archived';

export const archiveClient = ({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ArchiveResult> => setArchived(ctx, input, true);
