import { loadCorpus } from '@/lib/site/site';
import { catalogEvent } from '@/lib/links/catalog';
import { findEventOrAlias, permalinkParams } from '@/lib/content/lookup';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return permalinkParams(loadCorpus()).map(({ source, id }) => ({ source, file: `${id}.json` }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ source: string; file: string }> },
) {
  const { source, file } = await params;
  const event = findEventOrAlias(loadCorpus(), source, file.replace(/\.json$/, ''));
  return event ? Response.json(catalogEvent(event)) : new Response('Not found', { status: 404 });
}
