import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/components/OfflineSupport';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { siteUrl } from '@/lib/i18n/alternates';
import { isLocale, locales, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { updateLabels } from '@/lib/i18n/labels';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = translator(locale);
  return {
    title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
    description: t('site.description'),
    referrer: 'strict-origin-when-cross-origin',
    metadataBase: siteUrl(),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = translator(locale);
  return (
    <html lang={localeTags[locale]}>
      <head>
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title={t('site.name')}
          href="/opensearch.xml"
        />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        <OfflineSupport labels={updateLabels(locale)} />
      </body>
    </html>
  );
}
