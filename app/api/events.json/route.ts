import { loadCorpus } from '@/lib/site/site';
import { buildCatalog } from '@/lib/links/catalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildCatalog(loadCorpus()));
}
