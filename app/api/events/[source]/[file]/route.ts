import { loadCorpus } from '@/lib/site/site';
import { catalogEvent } from '@/lib/links/catalog';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadCorpus().events.map((e) => ({ source: e.sourceSlug, file: `${e.eventId}.json` }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ source: string; file: string }> },
) {
  const { source, file } = await params;
  const event = loadCorpus().eventByKey.get(`${source}/${file.replace(/\.json$/, '')}`);
  return event ? Response.json(catalogEvent(event)) : new Response('Not found', { status: 404 });
}
