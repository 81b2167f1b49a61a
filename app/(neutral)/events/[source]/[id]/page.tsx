import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PermalinkView } from '@/components/PermalinkView';
import { loadCorpus } from '@/lib/site/site';
import { findEventOrAlias, permalinkParams } from '@/lib/content/lookup';
import { defaultLocale } from '@/lib/i18n/config';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ source: string; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return permalinkParams(loadCorpus());
}

function load(source: string, id: string) {
  const event = findEventOrAlias(loadCorpus(), source, id);
  if (!event) notFound();
  return event;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { source, id } = await params;
  const event = load(source, id);
  return {
    title: `${event.source} ${event.eventId}`,
    alternates: { canonical: paths.event(defaultLocale, event.key) },
    robots: { index: false },
  };
}

/** Locale-free permalink for monitoring rules: forwards to the reader's locale. */
export default async function PermalinkPage({ params }: { params: Params }) {
  const { source, id } = await params;
  return <PermalinkView event={load(source, id)} />;
}
