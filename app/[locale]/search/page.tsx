import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchResults } from '@/components/SearchResults';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { searchPageLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale)
    ? {
        title: translator(locale)('search.title'),
        alternates: alternates({ pathIn: (l) => paths.search(l), locale }),
      }
    : {};
}

export default async function SearchPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SearchResults locale={locale} labels={searchPageLabels(locale)} />;
}
