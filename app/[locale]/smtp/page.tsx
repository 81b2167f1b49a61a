import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SmtpIndexView } from '@/components/SmtpIndexView';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: translator(locale)('smtp.title'), alternates: alternates({ pathIn: paths.smtpIndex, locale }) } : {};
}

export default async function SmtpIndexPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SmtpIndexView locale={locale} />;
}
