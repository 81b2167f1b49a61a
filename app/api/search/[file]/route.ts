import { loadCorpus } from '@/lib/site/site';
import { locales, isLocale } from '@/lib/i18n/config';
import { buildSearchFiles } from '@/lib/search/build';
import { searchFileNames } from '@/lib/search/files';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    Object.values(searchFileNames(locale)).map((file) => ({ file })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [locale, part] = file.replace(/\.json$/, '').split('.');
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const files = buildSearchFiles(loadCorpus(), locale);
  const body = part === 'body' ? files.body : part === 'text' ? files.texts : files.index;
  return Response.json(body);
}
