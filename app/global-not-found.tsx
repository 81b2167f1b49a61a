import type { Metadata } from 'next';
import { NotFoundView } from '@/components/NotFoundView';
import { defaultLocale, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import './globals.css';

const t = translator(defaultLocale);

export const metadata: Metadata = { title: `${t('notFound.title')} · ${t('site.name')}`, robots: { index: false } };

/** The static host serves this as 404.html for every address that has no page. */
export default function GlobalNotFound() {
  return (
    <html lang={localeTags[defaultLocale]}>
      <body>
        <main id="main">
          <NotFoundView locale={defaultLocale} />
        </main>
      </body>
    </html>
  );
}
