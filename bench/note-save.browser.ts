/** Page entry for the Chromium run of the note-save benchmark: exposes the measurement. */
import { measureNoteSaves } from './note-save-measure';

(globalThis as { measureNoteSaves?: typeof measureNoteSaves }).measureNoteSaves = measureNoteSaves;
