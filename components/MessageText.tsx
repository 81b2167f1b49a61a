import type { CopyLabels } from '@/lib/i18n/labels';
import { BreakableProse } from './Breakable';
import { CopyButton } from './CopyButton';

/** The message template verbatim, with its %1 placeholders made visible. */
export function MessageText({
  text,
  lang,
  copyLabels,
}: {
  text: string;
  /** The language of a localized template, when it is not the page's. */
  lang?: string;
  copyLabels: CopyLabels;
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
            <BreakableProse key={index} text={part} />
          ),
        )}
      </pre>
      <CopyButton text={text} labels={copyLabels} />
    </div>
  );
}
