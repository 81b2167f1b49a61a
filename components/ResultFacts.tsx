import { fill } from '@/lib/i18n/fill';
import type { ResultView } from '@/lib/search/present';
import { Breakable } from './Breakable';

/** The identifying part of a search result: source and ID, symbolic name, and the EN marker. */
export function ResultFacts({
  result,
  english,
  englishTitle,
  loggedAs,
}: {
  result: ResultView;
  english: string;
  englishTitle: string;
  /** Contains `{source}`. */
  loggedAs: string;
}) {
  return (
    <>
      <strong>
        <Breakable text={result.source} /> {result.eventId}
      </strong>
      {result.loggedAs ? (
        <span className="logged-as">{fill(loggedAs, { source: result.loggedAs })}</span>
      ) : null}
      {result.symbolicName ? (
        <>
          {' '}
          <code>
            <Breakable text={result.symbolicName} />
          </code>
        </>
      ) : null}
      {result.english ? (
        <>
          {' '}
          <abbr className="en-marker" title={englishTitle}>
            {english}
          </abbr>
        </>
      ) : null}
    </>
  );
}
