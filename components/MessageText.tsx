import { CopyButton } from './CopyButton';

/** The message template verbatim, with its %1 placeholders made visible. */
export function MessageText({
  text,
  lang,
  copyLabel,
  copiedLabel,
}: {
  text: string;
  /** The language of a localized template, when it is not the page's. */
  lang?: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const parts = text.split(/(%\d+)/);
  return (
    <div className="message-text" lang={lang}>
      <pre>
        {parts.map((part, index) =>
          /^%\d+$/.test(part) ? (
            <span key={index} className="placeholder">
              {part}
            </span>
          ) : (
            part
          ),
        )}
      </pre>
      <CopyButton text={text} label={copyLabel} doneLabel={copiedLabel} />
    </div>
  );
}
