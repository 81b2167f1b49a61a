import { loadCorpus } from '@/lib/content/corpus';
import { buildCatalog } from '@/lib/links/catalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildCatalog(loadCorpus()));
}
