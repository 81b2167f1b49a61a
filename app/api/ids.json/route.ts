import { loadCorpus } from '@/lib/site/site';
import { buildIdIndex } from '@/lib/content/idIndex';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildIdIndex(loadCorpus()));
}
