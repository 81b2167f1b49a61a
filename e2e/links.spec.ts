import { expect, test } from './fixtures';
import { filledUrl, integrations } from '../lib/links/integrations';
import { contentArticleCount, contentEventKeys } from './catalog';

/** Templates are written for any address; the tests open their paths on the server under test. */
const anyOrigin = 'http://kb.invalid';

for (const integration of integrations(new URL(anyOrigin))) {
  test(`the ${integration.name} template lands on the article`, async ({ page }) => {
    await page.goto(filledUrl(integration).slice(anyOrigin.length));
    const locale = integration.id === 'eventViewer' || integration.id === 'grafana' ? 'de' : 'en';
    await expect(page).toHaveURL(new RegExp(`/${locale}/events/msexchangetransport/2004/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('the integrations page shows every template with its filled example', async ({ page }) => {
  await page.goto('/ru/integrations/');
  for (const name of [
    'Windows Event Viewer',
    'System Center Operations Manager',
    'Zabbix',
    'Nagios',
    'Prometheus / Alertmanager',
    'Grafana Alerting',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('pre').first()).toContainText('MicrosoftRedirectionURL');
});

test('/go/ sends one event to its page, several to the ID page and unknown ones to search', async ({
  page,
}) => {
  // 8004 has an event article and a management-pack alert: the event page offers both.
  await page.goto('/go/?EvtSrc=MSExchangeTransport&EvtID=8004&LCID=1049');
  await expect(page).toHaveURL(/\/ru\/events\/msexchangetransport\/8004\/$/);
  await expect(page.getByRole('link', { name: /Exchange 2007/ }).first()).toBeVisible();
  // 1004 is logged by several sources, and the link names none.
  await page.goto('/go/?EvtID=1004');
  await expect(page).toHaveURL(/\/en\/ids\/1004\/$/);
  await page.goto('/go/?source=MSExchangeTransport&id=8004&version=8.0');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/8004\/exchange-2007-alert\/$/);
  await page.goto('/go/?EvtSrc=MSExchangeTransport&EvtID=9999&lang=de');
  await expect(page).toHaveURL(/\/de\/search\/\?q=MSExchangeTransport%209999&undocumented=1$/);
  await expect(page.getByRole('note')).toContainText('noch nicht dokumentiert');
});

test('a permalink for a source that does not document the ID lands on the search, never the 404 page', async ({
  page,
}) => {
  // The Front End Transport service shares the transport event table; 2004 is documented for
  // MSExchangeTransport only.
  await page.goto('/de/events/MSExchangeFrontEndTransport/2004/');
  await expect(page).toHaveURL(
    /\/de\/search\/\?q=MSExchangeFrontEndTransport%202004&undocumented=1$/,
  );
  await expect(page.getByRole('note')).toContainText('noch nicht dokumentiert');
  await expect(page.getByRole('link', { name: /MSExchangeTransport 2004/ }).first()).toBeVisible();
});

test('/go/ never leaves the site', async ({ page, baseURL }) => {
  await page.goto(
    '/go/?url=https://example.com&next=//example.com&redirect=javascript:alert(1)&id=2004&source=MSExchangeTransport',
  );
  await expect(page).toHaveURL(`${baseURL}/en/events/msexchangetransport/2004/`);
});

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('a permalink and /go/ without a language land in Russian', async ({ page }) => {
    await page.goto('/events/MSExchangeTransport/2004');
    await expect(page).toHaveURL(/\/ru\/events\/msexchangetransport\/2004\/$/);
    await page.goto('/go/?EvtSrc=MSExchange%20Antispam&EvtID=100');
    await expect(page).toHaveURL(/\/ru\/events\/msexchange-antispam\/100\/$/);
    await page.goto('/go/?EvtSrc=MSExchangeAntispam&EvtID=100');
    await expect(page).toHaveURL(/\/ru\/events\/msexchange-antispam\/100\/$/);
  });
  test('source names as logged work with spaces, %20, +, run together and any case', async ({
    page,
  }) => {
    for (const path of [
      '/events/MSExchange Antispam/100/',
      '/events/MSExchange%20Antispam/100/',
      '/events/msexchange+antispam/100/',
      '/events/MSEXCHANGE-ANTISPAM/100/',
      '/events/MSExchangeAntispam/100/',
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/ru\/events\/msexchange-antispam\/100\/$/);
    }
  });
});

test('the JSON API lists every event with facts, articles and URLs per locale', async ({
  request,
}) => {
  const catalog = (await (await request.get('/api/events.json')).json()) as {
    events: {
      key: string;
      urls: Record<string, string>;
      articles: { kind: string; locales: string[] }[];
    }[];
  };
  expect(catalog.events.map((e) => e.key).sort()).toEqual(contentEventKeys());
  const e8004 = catalog.events.find((e) => e.key === 'msexchangetransport/8004');
  expect(e8004?.articles).toHaveLength(contentArticleCount('msexchangetransport/8004'));
  expect(e8004?.articles.map((a) => a.kind)).toEqual(expect.arrayContaining(['event', 'alert']));
  expect(e8004?.urls.de).toBe('/de/events/msexchangetransport/8004/');
  const one = (await (await request.get('/api/events/msexchangetransport/2004.json')).json()) as {
    articles: { symbolicName: string; locales: string[] }[];
  };
  expect(one.articles[0]?.symbolicName).toBe('SmtpSendAckMessage');
  expect(one.articles[0]?.locales).toEqual(['en', 'de', 'ru']);
});

test('discovery files: sitemap with hreflang, robots, OpenSearch', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/de/events/msexchangetransport/2004/');
  expect(sitemap).toMatch(/hreflang="ru"/);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  const opensearch = await (await request.get('/opensearch.xml')).text();
  expect(opensearch).toContain('/search/?q={searchTerms}');
});
