import type { MetadataRoute } from 'next';
import { loadCorpus } from '@/lib/site/site';
import { siteUrl } from '@/lib/i18n/alternates';
import { sitemapEntries } from '@/lib/links/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(loadCorpus(), siteUrl());
}
