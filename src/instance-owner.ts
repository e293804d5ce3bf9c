// The name this process writes on the Slack deliveries it claims, and the start-up test of another's: a claim whose
// owner ran on this host under a pid that no longer exists was cut off by its death (kill -9, a crash).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export const INSTANCE_OWNER = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * True only when the owner is surely dead. Another host's process cannot be checked from here, and a claim under
 * our own pid may be another app instance in this process (tests run several): both count as alive.
 */
export function ownerIsGone(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
