import { loadCorpus } from '@/lib/content/corpus';
import { buildTriageCatalog } from '@/lib/triage/buildCatalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildTriageCatalog(loadCorpus()));
}
