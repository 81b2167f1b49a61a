import type { Metadata } from 'next';
import { NotFoundView } from '@/components/NotFoundView';
import { defaultLocale, locales, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { notFoundLabels } from '@/lib/i18n/labels';
import './globals.css';

const t = translator(defaultLocale);

export const metadata: Metadata = {
  title: `${t('notFound.title')} · ${t('site.name')}`,
  robots: { index: false },
  referrer: 'strict-origin-when-cross-origin',
};

/** The static host serves this as 404.html for every address that has no page. */
export default function GlobalNotFound() {
  const labels = Object.fromEntries(
    locales.map((locale) => [locale, notFoundLabels(locale)]),
  ) as Record<(typeof locales)[number], ReturnType<typeof notFoundLabels>>;
  return (
    <html lang={localeTags[defaultLocale]}>
      <body>
        <main id="main">
          <NotFoundView labels={labels} />
        </main>
      </body>
    </html>
  );
}
