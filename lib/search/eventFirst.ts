/**
 * An event's own article before the alert or analyzer rule built on it. A management-pack alert
 * article repeats its event's message text and usually words its title after the event's, so a
 * pasted event, an ID or a phrase of the message often fits both about equally. The reader then
 * wants the article that explains what was logged; the alert article stays right below it.
 */
import type { CombinedHit } from './combine';
import type { SearchRecord } from './format';

/** A text hit counts as an equal answer at this share of the alert article's score or more. */
const closeText = 0.8;

function answersAsWell(event: CombinedHit, other: CombinedHit): boolean {
  if (event.reason !== other.reason) return false;
  return event.reason === 'text'
    ? event.score >= other.score * closeText
    : event.score >= other.score;
}

/** Moves each event article up to just before the first alert or analyzer of its event it answers as well as. */
export function eventArticlesFirst<T extends CombinedHit>(
  hits: readonly T[],
  recordOf: (doc: number) => Pick<SearchRecord, 'kind' | 'eventHref'> | undefined,
): T[] {
  const ordered = [...hits];
  for (let i = 0; i < ordered.length; i++) {
    const record = recordOf(ordered[i]!.doc);
    if (!record || record.kind === 'event') continue;
    const j = ordered.findIndex((hit, k) => {
      if (k <= i) return false;
      const other = recordOf(hit.doc);
      return other?.kind === 'event' && other.eventHref === record.eventHref;
    });
    if (j > i && answersAsWell(ordered[j]!, ordered[i]!))
      ordered.splice(i, 0, ...ordered.splice(j, 1));
  }
  return ordered;
}
