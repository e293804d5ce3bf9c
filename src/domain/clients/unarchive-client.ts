// Brings an archived client back into active lists.
import type { Ctx } from '../../context';
import { setArchived, type ArchiveResult } from './set-archived';

export const unarchiveClient = ({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ArchiveResult> => setArchived(ctx, input, false);
