import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SmtpIndexView } from '@/components/SmtpIndexView';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'smtp.title', paths.smtpIndex);
}

export default async function SmtpIndexPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SmtpIndexView locale={locale} />;
}
