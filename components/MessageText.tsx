import { CopyButton } from './CopyButton';

/** The message template verbatim, with its %1 placeholders made visible. */
export function MessageText({
  text,
  copyLabel,
  copiedLabel,
}: {
  text: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const parts = text.split(/(%\d+)/);
  return (
    <div className="message-text">
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
