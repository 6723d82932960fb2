/**
 * The reading guide for one paper: where the reader is, the moves the method allows, and per pass
 * the timer, the checklist and the notes. Every change goes through the pure model and is saved.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PASSES, type NoteField, type Pass, type ReadingState, type Settings } from '../core/model';
import { mergePdfIntoPaper } from '../core/paper-from-page';
import { matchReference } from '../core/reference-match';
import type { PdfStructure } from '../core/pdf-structure/pdf-structure';
import { checklistFor } from '../core/reading/checklist';
import { budgetMs } from '../core/reading/budgets';
import { PASS_TITLES, applyTransition, currentPass } from '../core/reading/reading-state';
import { isRunning } from '../core/reading/timer';
import { Checklist } from '../ui/Checklist';
import { lazyComponent } from '../ui/lazy-component';
import { useNotes } from '../ui/use-notes';
import { useTimers } from '../ui/use-timers';
import { auditedFigures, useRawAuditNoteShown } from './figure-audit-notes';
import { PaperHeader } from './PaperHeader';
import { PassActions } from './PassActions';
import { PassNotes } from './PassNotes';
import { PassStepper } from './PassStepper';
import type { PanelServices } from './panel-services';
import { PaperStructureStatus } from './PaperStructureStatus';
import { PassTimer } from './PassTimer';
import type { PaperHandle } from './use-paper';
import { usePaperStructure } from './use-paper-structure';
import { usePaperWithPdf } from './use-paper-with-pdf';
import { useFiveCsTick } from './use-five-cs-tick';
import { useSiteAccess } from './use-site-access';
import { linkPdfToPaper } from './link-pdf';
import { useLibraryIndex } from './use-library-index';

// Parts shown only in passes 2 and 3 or in rare cases (a timer settled after a restart, a PDF the
// extension cannot fetch): fetched when first needed, outside the panel's first script.
const SettledNotice = lazyComponent(async () => (await import('./SettledNotice')).SettledNotice);
const LocalPdfPicker = lazyComponent(async () => (await import('./LocalPdfPicker')).LocalPdfPicker);
const EarlierPasses = lazyComponent(async () => (await import('./EarlierPasses')).EarlierPasses);
const FigureAudit = lazyComponent(async () => (await import('./FigureAudit')).FigureAudit);
const UnreadReferences = lazyComponent(
  async () => (await import('./UnreadReferences')).UnreadReferences,
);

/** Marked once the guide first shows (ms since the panel's navigation: `performance` entries). */
export const PANEL_READY_MARK = 'three-pass:panel-ready';

interface Props {
  services: PanelServices;
  handle: PaperHandle & { paper: NonNullable<PaperHandle['paper']> };
  settings: Settings;
  /** The address of the tab the paper is read in. */
  source: string;
  /** Where the paper's PDF is, if known: its structure makes the checklists the paper's own. */
  pdfUrl: string | undefined;
  /** Called after the paper's state, ticks or timers changed (badges and alarms follow). */
  onReadingChanged: () => void;
}

export function PaperGuide(props: Props) {
  const { services, handle, settings, source, pdfUrl, onReadingChanged } = props;
  const { db, changes, saver, client, analysePdf } = services;
  const { paper } = handle;
  const timers = useTimers(db, changes, paper.key);
  const notes = useNotes(db, changes, saver, paper.key);
  const [busy, setBusy] = useState(false);
  // User Timing mark for benchmarks: the paper is in the page and its controls are live.
  useLayoutEffect(() => {
    performance.mark(PANEL_READY_MARK);
  }, []);
  // After a move its button is gone: focus goes to the new pass's heading, not to another move,
  // so Enter pressed again cannot skip a pass.
  const passHeadingRef = useRef<HTMLHeadingElement>(null);
  const [movesMade, setMovesMade] = useState(0);
  useEffect(() => {
    if (movesMade > 0) passHeadingRef.current?.focus();
  }, [movesMade]);
  const pdfReadable = useSiteAccess(client, pdfUrl);
  const { update, switchTo, stored: inLibrary } = handle;
  const takePdf = useCallback(
    (pdf: PdfStructure) =>
      void linkPdfToPaper(db, { key: paper.key, stored: inLibrary }, pdf)
        .catch(() => undefined)
        .then((linked) => {
          // The PDF is another paper's: its notes show; else it is this paper's PDF (a paper not
          // in the library yet shows it without being stored: usePaperWithPdf).
          if (linked) switchTo(linked);
          else if (inLibrary) void update((stored) => mergePdfIntoPaper(stored, pdf));
        }),
    [db, paper.key, inLibrary, switchTo, update],
  );
  const structure = usePaperStructure(db, paper.key, pdfUrl, analysePdf, pdfReadable, takePdf);
  const readPdf = () => {
    if (!pdfUrl) return;
    // Asked inside the click; already granted sites answer yes at once.
    void client.requestSiteAccess(pdfUrl).then((granted) => granted && structure.read());
  };
  const ready = structure.status.state === 'ready' ? structure.status.structure : undefined;
  const shownPaper = usePaperWithPdf(paper, handle.stored, ready, update);
  const library = useLibraryIndex(db, !!ready?.references.length);
  const known = useMemo(() => {
    const index = library.index;
    const references = index ? (ready?.references ?? []) : [];
    return new Set(references.map((r) => r.text).filter((text) => matchReference(text, index!)));
  }, [library.index, ready]);
  const isInLibrary = (reference: string) => known.has(reference);
  const addToRead = async (reference: string) => {
    // The to-read entry points back here, so this paper is kept too.
    await handle.ensureStored();
    // Only pass 2 adds references: its code stays out of the panel's first script.
    const { addReferenceToRead } = await import('./add-to-read');
    const outcome = await addReferenceToRead(db, reference, paper.key, Date.now());
    library.refresh();
    return outcome;
  };
  const current = paper.state.kind === 'not-started' ? undefined : currentPass(paper.state);
  // The reader may look at another pass; when they move in the method, the new pass shows.
  const [choice, setChoice] = useState<{ pass: Pass; whileAt: Pass | undefined } | null>(null);
  const shown: Pass = choice && choice.whileAt === current ? choice.pass : (current ?? 1);

  const move = async (to: ReadingState) => {
    setBusy(true);
    const moved = await handle.update((stored) => applyTransition(stored, to, Date.now()));
    if (moved) {
      // Entering a pass starts its clock; leaving the passes stops it.
      if (to.kind === 'in-pass') await timers.start(to.pass);
      else {
        const running = PASSES.find((pass) => isRunning(timers.timers[pass]));
        if (running !== undefined) await timers.pause(running);
      }
      onReadingChanged();
    }
    setBusy(false);
    setMovesMade((n) => n + 1);
  };

  const toggle = async (ids: readonly string[], ticked: boolean) => {
    const saved = await handle.update((stored) => {
      const checklist = { ...stored.checklist };
      const now = Date.now();
      for (const id of ids) {
        if (ticked) checklist[id] = checklist[id] ?? now;
        else delete checklist[id];
      }
      return { ...stored, checklist };
    });
    if (saved) onReadingChanged();
  };
  useFiveCsTick(notes, paper.checklist, (id) => void toggle([id], true));

  const editNote = (field: NoteField, text: string) => {
    // Notes hang on a paper in the library: the first word stores the paper.
    if (!handle.stored) void handle.ensureStored();
    notes.edit(field, text);
  };

  const timerMove = async (write: () => Promise<void>) => {
    if (!(await handle.ensureStored())) return;
    await write();
    onReadingChanged();
  };

  // Notes recovered for a paper whose record a closed page did not store: store it now.
  const hasNotes = notes.loaded && Object.values(notes.texts).some((text) => text);
  const { stored, ensureStored } = handle;
  useEffect(() => {
    if (hasNotes && !stored) void ensureStored();
  }, [hasNotes, stored, ensureStored]);

  const auditNames = shown === 2 && ready ? auditedFigures(ready.figures).map(([n]) => n) : [];
  const rawAuditShown = useRawAuditNoteShown(notes.texts.figureAudit ?? '', auditNames);
  const problem = handle.error ?? timers.error;
  const notStarted = paper.state.kind === 'not-started';
  return (
    <article class="paper-guide" data-testid="paper-guide">
      <PaperHeader paper={shownPaper} source={source} stored={handle.stored} />
      {problem && (
        <p class="error" role="alert">
          Not saved: {problem}
        </p>
      )}
      <SettledNotice db={db} changes={changes} paperKey={paper.key} />
      <PassStepper
        current={current}
        running={PASSES.find((pass) => isRunning(timers.timers[pass]))}
        shown={shown}
        onShow={(pass) => setChoice({ pass, whileAt: current })}
      />
      <section class="pass" aria-labelledby="pass-heading">
        <h2 id="pass-heading" class="pass-title" tabIndex={-1} ref={passHeadingRef}>
          {PASS_TITLES[shown]}
          {shown !== current && current !== undefined && (
            <span class="pass-title-note"> (you are in pass {current})</span>
          )}
        </h2>
        <EarlierPasses pass={shown} texts={notes.texts} />
        <PassTimer
          pass={shown}
          timer={timers.timers[shown]}
          budgetMs={budgetMs(settings, shown)}
          // Before the first pass, one button starts the pass and its clock together.
          {...(notStarted && shown === 1
            ? { startLabel: 'Start pass 1', onStart: () => void move(firstPass) }
            : { onStart: () => void timerMove(() => timers.start(shown)) })}
          busy={busy}
          onPause={() => void timerMove(() => timers.pause(shown))}
          onReset={() => void timerMove(() => timers.reset(shown))}
        />
        <PaperStructureStatus
          status={structure.status}
          onRead={readPdf}
          onCancel={structure.cancel}
        />
        <Checklist
          legend={`Steps of pass ${shown}`}
          steps={checklistFor(shown, ready, isInLibrary)}
          ticks={paper.checklist}
          onToggle={(_id, ticked, withItems) => void toggle(withItems, ticked)}
          pdfUrl={pdfUrl}
        />
        {shown === 2 && ready && (
          <FigureAudit
            figures={ready.figures}
            note={notes.texts.figureAudit ?? ''}
            readOnly={!notes.loaded}
            onChange={(text) => editNote('figureAudit', text)}
            pdfUrl={pdfUrl}
          />
        )}
        {shown === 2 && ready && (
          <UnreadReferences
            references={ready.references}
            inLibrary={isInLibrary}
            onAdd={addToRead}
          />
        )}
        <PassNotes
          pass={shown}
          notes={notes}
          onEdit={editNote}
          hidden={rawAuditShown ? [] : ['figureAudit']}
        />
        {/* The moves come after the reading and the notes they are decided on. */}
        {!notStarted && shown === (current ?? 1) && (
          <PassActions state={paper.state} busy={busy} onMove={(to) => void move(to)} />
        )}
        {/* A file is asked for only where no PDF can be fetched, or fetching it failed. */}
        {analysePdf && (!pdfUrl || structure.status.state === 'failed') && (
          <LocalPdfPicker onPick={structure.readFile} />
        )}
      </section>
    </article>
  );
}

const firstPass: ReadingState = { kind: 'in-pass', pass: 1 };
