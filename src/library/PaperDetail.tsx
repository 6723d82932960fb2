/**
 * A paper's page: its metadata and links (http(s) only), time per pass against its budget and
 * the time log, the checklists as ticked, every note by pass (editable, saved by the shared note
 * saver), tags, its place in the queue, exports, and delete (undoable from the library).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import { isHttpUrl } from '../core/export/paper-url';
import type { Paper, ReadingSession, Settings, TimerState } from '../core/model';
import { PASSES } from '../core/model';
import { budgetsMinutes } from '../core/reading/budgets';
import { checklistFor } from '../core/reading/checklist';
import { formatDuration } from '../core/reading/format-duration';
import { noteFieldsFor } from '../core/reading/note-fields';
import { PASS_TITLES, readingStateLabel } from '../core/reading/reading-state';
import { elapsedMs } from '../core/reading/timer';
import { Checklist } from '../ui/Checklist';
import type { DatabaseChanges } from '../ui/database-changes';
import type { NoteSaver } from '../ui/note-saver';
import { NoteField } from '../ui/NoteField';
import { ProgressRing } from '../ui/ProgressRing';
import { SaveIndicator } from '../ui/SaveIndicator';
import { useNotes } from '../ui/use-notes';
import { EXPORT_FORMAT_LABELS, type ExportFormat } from './export-files';
import { minutes, shortDate, whereFrom } from './paper-summary';
import { TagEditor } from './TagEditor';

interface Props {
  db: ReadingDatabase;
  changes: DatabaseChanges;
  saver: NoteSaver;
  paper: Paper;
  timers: readonly TimerState[];
  sessions: readonly ReadingSession[];
  settings: Settings;
  now: number;
  /** Stores the changed paper (tags, ticks, queue) and shows it. */
  onUpdate: (paper: Paper) => void;
  onNoteEdited: (field: string, text: string) => void;
  onDelete: () => void;
  onBack: () => void;
  /** Downloads this paper in a format, or as a JSON backup of it with its notes and time. */
  onExport: (format: ExportFormat | 'backup') => void;
  /** Puts the paper at the end of the queue, or takes it out. */
  onQueue: (queued: boolean) => void;
}

const LINK_LABELS = { abstract: 'Abstract page', pdf: 'PDF', html: 'HTML version' } as const;

export function PaperDetail(props: Props) {
  const { db, changes, saver, paper, timers, sessions, settings, now, onUpdate } = props;
  const notes = useNotes(db, changes, saver, paper.key);
  const budgets = budgetsMinutes(settings);
  const links = (Object.keys(LINK_LABELS) as (keyof typeof LINK_LABELS)[])
    .map((kind) => ({ kind, url: paper.links[kind] }))
    .filter(
      (link): link is { kind: keyof typeof LINK_LABELS; url: string } =>
        link.url !== undefined && isHttpUrl(link.url),
    );
  const doiUrl = paper.doi ? `https://doi.org/${encodeURI(paper.doi)}` : undefined;
  const toggle = (id: string, ticked: boolean) => {
    const checklist = { ...paper.checklist };
    if (ticked) checklist[id] = Date.now();
    else delete checklist[id];
    onUpdate({ ...paper, checklist });
  };
  const log = [...sessions].sort((a, b) => b.start - a.start);
  // Opening a paper replaces the list: focus goes to its title, so a keyboard reader starts here.
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article class="paper-detail" aria-labelledby="paper-detail-title">
      <button type="button" class="link-button" onClick={props.onBack}>
        ← Back to the list
      </button>
      <h2 id="paper-detail-title" class="paper-title" tabIndex={-1} ref={headingRef}>
        {paper.title || 'Untitled paper'}
      </h2>
      <p class="paper-authors">{paper.authors.map((a) => a.name).join(', ')}</p>
      <p class="paper-details">
        {[paper.year, whereFrom(paper), paper.doi && paper.venue ? `doi:${paper.doi}` : undefined]
          .filter((part) => part !== undefined && part !== '')
          .join(' · ')}
      </p>
      <p class="paper-state">
        {readingStateLabel(paper.state)} · added {shortDate(paper.addedAt)} · last read{' '}
        {shortDate(paper.lastReadAt)}
      </p>
      <ul class="link-list">
        {links.map((link) => (
          <li key={link.kind}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {LINK_LABELS[link.kind]}
            </a>
          </li>
        ))}
        {doiUrl && (
          <li>
            <a href={doiUrl} target="_blank" rel="noopener noreferrer">
              DOI
            </a>
          </li>
        )}
      </ul>
      {paper.abstract && (
        <details class="abstract">
          <summary>Abstract</summary>
          <p>{paper.abstract}</p>
        </details>
      )}

      <section aria-labelledby="detail-tags" class="detail-section">
        <h3 id="detail-tags" class="section-heading">
          Tags
        </h3>
        <TagEditor tags={paper.tags} onChange={(tags) => onUpdate({ ...paper, tags })} />
      </section>

      <div class="action-row">
        <button type="button" onClick={() => props.onQueue(paper.queuePosition === undefined)}>
          {paper.queuePosition === undefined ? 'Add to reading queue' : 'Remove from reading queue'}
        </button>
        {(Object.keys(EXPORT_FORMAT_LABELS) as ExportFormat[]).map((format) => (
          <button key={format} type="button" onClick={() => props.onExport(format)}>
            Export {EXPORT_FORMAT_LABELS[format]}
          </button>
        ))}
        <button type="button" onClick={() => props.onExport('backup')}>
          Export JSON backup
        </button>
        <button type="button" class="danger" onClick={props.onDelete}>
          Delete paper
        </button>
      </div>

      <section aria-labelledby="detail-time" class="detail-section">
        <h3 id="detail-time" class="section-heading">
          Time
        </h3>
        <ul class="time-per-pass">
          {PASSES.map((pass) => {
            const spent = timers
              .filter((t) => t.pass === pass)
              .reduce((sum, t) => sum + elapsedMs(t, now), 0);
            const over = spent > budgets[pass] * 60_000 ? ' (over budget)' : '';
            const label = `Pass ${pass}: ${minutes(spent)} of ${budgets[pass]} minutes${over}`;
            return (
              <li key={pass} class={spent > budgets[pass] * 60_000 ? 'over-budget' : undefined}>
                <ProgressRing fraction={spent / (budgets[pass] * 60_000)} label={label} size={32} />{' '}
                {label}
              </li>
            );
          })}
        </ul>
        {log.length > 0 ? (
          <table class="time-log">
            <caption>Time log</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Pass</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {log.map((session) => (
                <tr key={`${session.pass}-${session.start}`}>
                  <td>{new Date(session.start).toLocaleString()}</td>
                  <td>{session.pass}</td>
                  <td>
                    {formatDuration(session.end - session.start)}
                    {session.settled ? ' (browser closed while running)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">No reading time logged yet.</p>
        )}
      </section>

      {PASSES.map((pass) => (
        <section key={pass} class="detail-section pass" aria-labelledby={`detail-pass-${pass}`}>
          <h3 id={`detail-pass-${pass}`} class="pass-title">
            {PASS_TITLES[pass]}
          </h3>
          <Checklist
            legend={`Steps of pass ${pass}`}
            steps={checklistFor(pass)}
            ticks={paper.checklist}
            onToggle={toggle}
          />
          <div class="section-heading-row">
            <h4 class="section-heading">Notes for pass {pass}</h4>
            <SaveIndicator status={notes.status} />
          </div>
          {noteFieldsFor(pass).map((info) => (
            <NoteField
              key={info.field}
              id={`library-note-${info.field}`}
              label={info.label}
              prompt={info.prompt}
              value={notes.texts[info.field] ?? ''}
              readOnly={!notes.loaded}
              onInput={(text) => {
                notes.edit(info.field, text);
                props.onNoteEdited(info.field, text);
              }}
            />
          ))}
        </section>
      ))}
      {notes.loadError && (
        <p class="error" role="alert">
          The stored notes could not be read: {notes.loadError}
        </p>
      )}
    </article>
  );
}
