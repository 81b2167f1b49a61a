import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/i18n/alternates';
import { defaultLocale, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import '../globals.css';

const t = translator(defaultLocale);

export const metadata: Metadata = {
  title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
  description: t('site.description'),
  referrer: 'strict-origin-when-cross-origin',
  metadataBase: siteUrl(),
};

/** Root layout of the pages without a locale in their address (/, permalinks, /go/). */
export default function NeutralLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={localeTags[defaultLocale]}>
      <head>
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title={t('site.name')}
          href="/opensearch.xml"
        />
      </head>
      <body>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
