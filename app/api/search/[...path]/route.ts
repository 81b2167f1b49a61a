import { siteSearchFile, siteSearchPaths } from '@/lib/search/build/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return siteSearchPaths().map((path) => ({ path }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const value = siteSearchFile((await params).path);
  return value === undefined ? new Response('Not found', { status: 404 }) : Response.json(value);
}
