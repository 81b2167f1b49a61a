import { loadCorpus } from '@/lib/site/site';
import { buildTriageCatalog } from '@/lib/triage/buildCatalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildTriageCatalog(loadCorpus()));
}
