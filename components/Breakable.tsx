import { Fragment } from 'react';
import { identifierPieces, longWordPieces } from '@/lib/text/identifierBreaks';

/**
 * An identifier (source, symbolic name, cmdlet) that may wrap only between its words: a `<wbr>`
 * at each opportunity, so narrow screens never split `MSExchangeTransport` mid-word. `prose`
 * marks running text (a title, a message): only its long words get opportunities.
 */
export function Breakable({ text, prose = false }: { text: string; prose?: boolean }) {
  return (prose ? longWordPieces(text) : identifierPieces(text)).map((piece, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}
