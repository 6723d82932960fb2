/**
 * The worker's connection to the reading database, opened on first use. A worker may be stopped at
 * any moment; the next wake-up opens it again.
 */
import { openReadingDatabase, type ReadingDatabase } from '../adapters/database';

let connection: Promise<ReadingDatabase> | undefined;

export function readingDatabase(): Promise<ReadingDatabase> {
  connection ??= openReadingDatabase().catch((error: unknown) => {
    connection = undefined; // try again on the next event
    throw error;
  });
  return connection;
}
