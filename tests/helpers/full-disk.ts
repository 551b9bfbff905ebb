import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { ResultsDatabase } from '../../lib/cache/database';

/**
 * Makes `db` run out of quota from its `nth` write on (counted over every
 * table, so inside one transaction), as IndexedDB does when the disk is full:
 * the write fails with a `QuotaExceededError` DOMException. The returned
 * counter holds the writes tried so far; a test may reset it.
 */
export function failWritesFrom(db: ResultsDatabase, nth: number): { writes: number } {
  const counter = { writes: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            ++counter.writes >= nth ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  return counter;
}
