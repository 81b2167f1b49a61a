import { Fragment } from 'react';
import { identifierPieces } from '@/lib/text/identifierBreaks';

/**
 * An identifier (source, symbolic name, cmdlet) that may wrap only between its words: a `<wbr>`
 * at each opportunity, so narrow screens never split `MSExchangeTransport` mid-word.
 */
export function Breakable({ text }: { text: string }) {
  return identifierPieces(text).map((piece, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}
