/**
 * XML exports read piece by piece: `wevtutil qe … /f:xml` and `/f:RenderedXml` (a sequence of
 * `<Event>` elements without a root), Event Viewer's "Save as XML" (`<Events>` around them) and
 * the XML of Get-WinEvent's ToXml(). Each complete `<Event>` element is read and let go; text
 * around the events is skipped.
 */
import { eventFromXml } from './eventXml';
import type { EventSink, TextParser } from './model';
import { parseXmlElement } from './xml';

/** An event element longer than this is not an event: it is dropped. */
const maxEventLength = 4 << 20;

const eventStart = /<(?:[\w.-]+:)?Event(?=[\s>/])/g;
const eventEnd = /<\/(?:[\w.-]+:)?Event\s*>/g;

export function createXmlParser(sink: EventSink): TextParser {
  let buffer = '';
  /** Where the event being read starts in `buffer`, or -1 between events. */
  let start = -1;

  const drain = () => {
    for (;;) {
      if (start < 0) {
        eventStart.lastIndex = 0;
        const found = eventStart.exec(buffer);
        if (!found) {
          // Keep a tail in case `<Event` is cut between two pieces.
          buffer = buffer.slice(-16);
          return;
        }
        start = found.index;
      }
      eventEnd.lastIndex = start;
      const end = eventEnd.exec(buffer);
      if (!end) {
        if (buffer.length - start > maxEventLength) {
          sink.malformed();
          buffer = buffer.slice(start + 1);
          start = -1;
          continue;
        }
        buffer = buffer.slice(start);
        start = 0;
        return;
      }
      const stop = end.index + end[0].length;
      const root = parseXmlElement(buffer.slice(start, stop));
      const event = root && eventFromXml(root);
      if (event) sink.event(event);
      else sink.malformed();
      buffer = buffer.slice(stop);
      start = -1;
    }
  };

  return {
    push(text) {
      buffer += text;
      drain();
    },
    end() {
      return { truncated: start >= 0 };
    },
  };
}
