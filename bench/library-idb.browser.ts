/** Page entry for the Chromium run of the library benchmark: exposes the measurement. */
import { measureLibraryIdb } from './library-idb-measure';

(globalThis as { measureLibraryIdb?: typeof measureLibraryIdb }).measureLibraryIdb =
  measureLibraryIdb;
