import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SmtpCodeView } from '@/components/SmtpCodeView';
import { loadSite } from '@/lib/site/site';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { allSmtpCodes } from '@/lib/smtp/codes';
import { smtpPageData } from '@/lib/smtp/views';

type Params = Promise<{ locale: string; code: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return allSmtpCodes().map((code) => ({ code: code.toLowerCase() }));
}

function load(locale: string, code: string) {
  const site = loadSite();
  const data = isLocale(locale) ? smtpPageData(site.corpus, site.smtpTexts, code, locale) : null;
  if (!isLocale(locale) || !data) notFound();
  return { locale, data };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, code } = await params;
  const loaded = load(locale, code);
  return {
    title: translator(loaded.locale)('smtp.codeTitle', { code: loaded.data.entry.code }),
    alternates: alternates({
      pathIn: (l) => paths.smtp(l, loaded.data.entry.code),
      locale: loaded.locale,
    }),
  };
}

export default async function SmtpCodePage({ params }: { params: Params }) {
  const { locale, code } = await params;
  const loaded = load(locale, code);
  return <SmtpCodeView locale={loaded.locale} data={loaded.data} corpus={loadSite().corpus} />;
}
