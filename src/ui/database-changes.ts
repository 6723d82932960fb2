/** How components hear of other pages' writes; the database module's onDatabaseChange fits. */
import type { DatabaseChange } from '../adapters/database';

export type DatabaseChanges = (listener: (change: DatabaseChange) => void) => () => void;
