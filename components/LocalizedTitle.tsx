import { localeTags, type Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { BreakableProse } from './Breakable';

/**
 * An article title in a list. A title not yet translated into the page's language keeps its own
 * `lang` (for screen readers and hyphenation) and carries the visible EN marker that search uses.
 */
export function LocalizedTitle({
  title,
  titleLang,
  locale,
  className,
}: {
  title: string;
  titleLang: Locale;
  locale: Locale;
  className?: string;
}) {
  if (titleLang === locale)
    return (
      <span className={className}>
        <BreakableProse text={title} />
      </span>
    );
  const t = translator(locale);
  return (
    <>
      <span className={className} lang={localeTags[titleLang]}>
        <BreakableProse text={title} />
      </span>{' '}
      <abbr className="en-marker" title={t('search.englishTitle')}>
        {t('search.english')}
      </abbr>
    </>
  );
}
