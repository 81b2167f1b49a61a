/**
 * Records of comma-, semicolon- or tab-delimited text, read piece by piece: quoted fields may
 * hold delimiters, doubled quotes and line breaks (Event Viewer quotes multi-line descriptions).
 * Only the record being read is held in memory.
 */

export interface DelimitedReader {
  push(text: string): void;
  /** `truncated`: the input ended inside a quoted field (the partial record is dropped). */
  end(): { truncated: boolean };
}

/** A record longer than this is a runaway quote, not an event: it is dropped and reading resyncs. */
export const maxRecordLength = 1 << 20;

export function createDelimitedReader(
  delimiter: ',' | ';' | '\t',
  onRecord: (fields: string[]) => void,
  onOversized: () => void = () => {},
): DelimitedReader {
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g');
  let fields: string[] = [];
  let field = '';
  let fieldStarted = false;
  let inQuotes = false;
  /** A quote inside a quoted field was the last character of a piece: escaped or closing? */
  let pendingQuote = false;
  /** A record ended at '\r' at the end of a piece: skip the '\n' that may follow. */
  let skipNewline = false;
  let length = 0;

  const finishRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) onRecord(fields);
    fields = [];
    field = '';
    fieldStarted = false;
    length = 0;
  };

  const append = (text: string) => {
    field += text;
    length += text.length;
    if (length > maxRecordLength) {
      onOversized();
      fields = [];
      field = '';
      inQuotes = false;
      pendingQuote = false;
      length = 0;
    }
  };

  const push = (text: string) => {
    let i = 0;
    if (skipNewline && text[0] === '\n') i = 1;
    skipNewline = false;
    while (i < text.length) {
      if (pendingQuote) {
        pendingQuote = false;
        if (text[i] === '"') {
          append('"');
          i++;
        } else inQuotes = false;
        continue;
      }
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          append(text.slice(i));
          return;
        }
        append(text.slice(i, quote));
        i = quote + 1;
        if (i === text.length) pendingQuote = true;
        else if (text[i] === '"') {
          append('"');
          i++;
        } else inQuotes = false;
        continue;
      }
      if (!fieldStarted && text[i] === '"') {
        inQuotes = true;
        fieldStarted = true;
        i++;
        continue;
      }
      special.lastIndex = i;
      const found = special.exec(text);
      if (!found) {
        append(text.slice(i));
        fieldStarted = true;
        return;
      }
      append(text.slice(i, found.index));
      i = found.index + 1;
      if (found[0] === delimiter) {
        fields.push(field);
        field = '';
        fieldStarted = false;
        continue;
      }
      finishRecord();
      if (found[0] === '\r') {
        if (i === text.length) skipNewline = true;
        else if (text[i] === '\n') i++;
      }
    }
  };

  return {
    push,
    end() {
      if (inQuotes && !pendingQuote) return { truncated: true };
      if (field !== '' || fields.length > 0) finishRecord();
      return { truncated: false };
    },
  };
}
