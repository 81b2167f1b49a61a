import { Fragment } from 'react';
import { identifierPieces } from '@/lib/text/identifierBreaks';
import { longWordPieces } from '@/lib/text/longWords';

function withBreaks(pieces: string[]) {
  return pieces.map((piece, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}

/**
 * An identifier (source, symbolic name, cmdlet) that may wrap only between its words: a `<wbr>`
 * at each opportunity, so narrow screens never split `MSExchangeTransport` mid-word.
 */
export function Breakable({ text }: { text: string }) {
  return withBreaks(identifierPieces(text));
}

/** Running text (a title, a message): only its long words get opportunities to wrap. */
export function BreakableProse({ text }: { text: string }) {
  return withBreaks(longWordPieces(text));
}
