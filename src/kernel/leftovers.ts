// What an interrupted recorder may have left on the host, put back before the next one records:
// the global sysctls and tracefs mount of its journal (a SIGKILL leaves them), its namespaces and
// its tracefs instances. Run under the recorder lock. Returns what it did, one line each.
import { recoverJournal } from './journal.ts';
import { removeStaleNetns } from './netns.ts';
import { removeStaleInstances } from './tracefs.ts';

export function restoreLeftovers(): string[] {
  return [
    ...removeStaleInstances().map((n) => `removed stale tracefs instance ${n}`),
    ...removeStaleNetns().map((n) => `removed stale namespace ${n}`),
    ...recoverJournal(),
  ];
}
