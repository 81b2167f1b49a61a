import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IntegrationsView } from '@/components/IntegrationsView';
import { configuredSiteUrl } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'integrations.title', paths.integrations);
}

export default async function IntegrationsPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <IntegrationsView locale={locale} configuredOrigin={configuredSiteUrl()?.origin ?? null} />
  );
}
