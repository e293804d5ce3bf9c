// Why the server could not start, as one sentence a person can act on (no stack trace): the usual causes are
// a port another program already listens on, or one this user may not open.
export function describeStartFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  const where = e?.port !== undefined ? `${e.address ?? 'localhost'}:${e.port}` : 'that address';
  if (e?.code === 'EADDRINUSE') {
    const next = e.port ? ` (for example PORT=${e.port + 1})` : '';
    return `Port ${e.port ?? '(PORT)'} on ${e.address ?? 'this machine'} is already in use by another program: stop it, or start with another PORT${next}.`;
  }
  if (e?.code === 'EACCES') return `Not allowed to listen on ${where}: use a port above 1024 (set PORT), or run with the rights to open it.`;
  if (e?.code === 'EADDRNOTAVAIL') return `This machine has no address ${e.address ?? ''} to listen on: set HOST to one of its addresses (127.0.0.1, or 0.0.0.0 for all).`;
  return err instanceof Error ? err.message : String(err);
}
