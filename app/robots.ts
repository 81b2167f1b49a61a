import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/i18n/alternates';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/go/'] }],
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
