import { siteUrl } from '@/lib/i18n/alternates';
import { openSearchXml } from '@/lib/links/opensearch';

export const dynamic = 'force-static';

export function GET() {
  return new Response(openSearchXml(siteUrl()), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml' },
  });
}
