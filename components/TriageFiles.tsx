import type { Locale } from '@/lib/i18n/config';
import { label, type TriageLabels } from '@/lib/triage/labels';
import type { FileNote, FileResult } from '@/lib/triage/model';

const encodingNames: Record<string, string> = {
  'windows-1251': 'Windows-1251',
  'windows-1252': 'Windows-1252',
};

function noteText(labels: TriageLabels, locale: Locale, note: FileNote): string {
  switch (note.code) {
    case 'malformed':
    case 'checksum':
    case 'too-many-kinds':
      return label(labels, locale, `triage.note.${note.code}`, { count: note.count });
    case 'legacy-encoding':
      return label(labels, locale, 'triage.note.legacy-encoding', {
        encoding: encodingNames[note.encoding] ?? note.encoding,
      });
    default:
      return labels[`triage.note.${note.code}`];
  }
}

/** Each file of the run: its format, its events, and what the reader should know about it. */
export function TriageFiles({
  files,
  overflow,
  labels,
  locale,
}: {
  files: FileResult[];
  /** Events of kinds past the report's limit, said once under the last file. */
  overflow: number;
  labels: TriageLabels;
  locale: Locale;
}) {
  return (
    <ul className="triage-files" aria-label={labels['triage.files']}>
      {files.map((file, i) => (
        <li key={i} className={file.ok ? undefined : 'triage-file-failed'}>
          <span className="triage-file-name">{file.name}</span>{' '}
          <span className="muted">
            {
              labels[
                file.format ? (`triage.format.${file.format}` as const) : 'triage.format.unknown'
              ]
            }
            {file.ok
              ? ` · ${label(labels, locale, 'triage.count.events', { count: file.events })}`
              : null}
          </span>
          {file.notes.map((note, k) => (
            <p key={k}>{noteText(labels, locale, note)}</p>
          ))}
          {i === files.length - 1 && overflow > 0 ? (
            <p>{noteText(labels, locale, { code: 'too-many-kinds', count: overflow })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
