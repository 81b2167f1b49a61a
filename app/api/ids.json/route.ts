import { loadCorpus } from '@/lib/content/corpus';
import { buildIdIndex } from '@/lib/content/idIndex';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildIdIndex(loadCorpus()));
}
