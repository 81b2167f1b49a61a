/** The OpenSearch description that lets a browser's address bar search the knowledge base. */
import { defaultLocale } from '../i18n/config';
import { translator } from '../i18n/dictionary';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function openSearchXml(base: URL): string {
  const t = translator(defaultLocale);
  const searchUrl = new URL('/search/', base).toString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(t('site.name'))}</ShortName>
  <Description>${escapeXml(t('site.tagline'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escapeXml(searchUrl)}?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(searchUrl)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
