import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const boxName = 'Search the knowledge base';

/** The results page for a query, and its first result's "Source ID" line. */
async function firstResult(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  return page.locator('.result').first().locator('.result-head strong');
}

/** The search box once it reacts to keys (the page has hydrated). */
async function readyBox(page: Page, locale = 'en') {
  await page.goto(`/${locale}/`);
  await expect(page.locator('form[role="search"][data-hydrated="true"]').first()).toBeVisible();
  return page.getByRole('combobox', { name: boxName });
}

test('no search data is fetched until the reader uses search; an ID needs no term index', async ({
  page,
}) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/search/')) searchRequests.push(url.pathname);
  });
  await page.goto('/en/events/msexchangetransport/2004/');
  await expect(page.locator('form[role="search"][data-hydrated="true"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  const box = page.getByRole('combobox', { name: boxName });
  await box.focus();
  await expect.poll(() => searchRequests).toContain('/api/search/en/manifest.json');
  await box.fill('2004');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
    'MSExchangeTransport 2004',
  );
  expect(searchRequests.filter((path) => path.startsWith('/api/search/en/t/'))).toEqual([]);
});

test('the / shortcut focuses the box once the page has hydrated', async ({ page }) => {
  const box = await readyBox(page);
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
});

test('typing shows instant results; arrow keys and Enter open the chosen one', async ({ page }) => {
  const box = await readyBox(page);
  await box.pressSequentially('drop directory quo');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('MSExchangeTransport 8005');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  // The link goes to the event's own article (not the alert built on it), at the section that
  // matched best.
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/8005\/(event\/)?(#[a-z-]+)?$/);
});

test('Escape closes the list, and Enter then searches instead of opening the hidden option', async ({
  page,
}) => {
  const box = await readyBox(page);
  await box.pressSequentially('drop directory quo');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
    'MSExchangeTransport 8005',
  );
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=drop%20directory%20quo$/);
});

test('exact identifiers come first: ID, symbolic name, logged message ID', async ({ page }) => {
  for (const query of ['2004', 'SmtpSendAckMessage', '0x400407D4']) {
    await expect(await firstResult(page, 'en', query)).toHaveText('MSExchangeTransport 2004');
    await expect(page.locator('.result').first()).toContainText('Exact match');
  }
});

test('IDs as people write them lead to their event in every locale', async ({ page }) => {
  const forms: [string, string][] = [
    ['en', '15.004'],
    ['en', '15,004'],
    ['en', '15 004'],
    ['en', 'ID 15004'],
    ['en', 'EventID=15004'],
    ['en', 'Event ID: 15004'],
    ['en', 'What does event 15004 mean on Exchange 2016?'],
    ['de', 'Ereignis-ID 15004'],
    ['de', 'Was bedeutet Ereignis 15.004?'],
    ['ru', 'Код события 15004'],
    ['ru', 'что значит событие 15 004'],
  ];
  for (const [locale, query] of forms)
    await expect(await firstResult(page, locale, query), `${locale}: ${query}`).toHaveText(
      'MSExchangeTransport 15004',
    );
});

test('an ID used by several sources shows one row per source and says so', async ({ page }) => {
  await page.goto('/en/search/?q=1018');
  await expect(page.getByRole('note')).toHaveText(
    'Event ID 1018 is logged by several sources: MSExchange Store Driver, MSExchangeTransport. Pick the one shown in your log. Compare them side by side',
  );
  const heads = page.locator('.result .result-head strong');
  await expect(heads).toHaveText(['MSExchange Store Driver 1018', 'MSExchangeTransport 1018']);
  await page.getByRole('link', { name: 'Compare them side by side' }).click();
  await expect(page).toHaveURL(/\/en\/ids\/1018\/$/);
});

test('a sister source and ID land on the article that lists it', async ({ page }) => {
  await expect(await firstResult(page, 'en', 'MSExchangeFrontEndTransport 1035')).toHaveText(
    'MSExchangeTransport 1035',
  );
  await expect(page.locator('.result').first()).toContainText(
    'also logged by MSExchangeFrontEndTransport',
  );
});

test('an SMTP status line from a queue leads to the events that log it, in every locale', async ({
  page,
}) => {
  const line =
    '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure."';
  for (const locale of ['en', 'de', 'ru']) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(line)}`);
    const heads = page.locator('.result .result-head strong');
    await expect(heads.nth(1)).toBeVisible();
    expect((await heads.allTextContents()).slice(0, 2).sort(), locale).toEqual([
      'MSExchangeTransport 1035',
      'MSExchangeTransport 2017',
    ]);
    await expect(page.locator('.smtp-chip')).toHaveText(['451', '4.4.0', '454', '4.7.0']);
  }
  await page.locator('.smtp-chip', { hasText: '4.7.0' }).click();
  await expect(page).toHaveURL(/\/ru\/smtp\/4\.7\.0\/$/);
  const events = page.locator('main li a[href*="/events/"]');
  await expect(events.filter({ hasText: 'MSExchangeTransport 1035' })).toHaveCount(1);
  await expect(events.filter({ hasText: 'MSExchangeTransport 2017' })).toHaveCount(1);
});

test('the results page filters, counts and keeps its state in the address', async ({ page }) => {
  await page.goto('/en/search/?q=certificate');
  const status = page.getByRole('status').filter({ hasText: /results?$/ });
  await expect(status).toHaveText(/\d+ results?/);
  const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
  await page
    .getByRole('group', { name: 'Filter results' })
    .getByLabel('Level')
    .selectOption('warning');
  await expect(page).toHaveURL(/level=warning/);
  await expect
    .poll(async () => Number((await status.textContent())?.match(/\d+/)?.[0]))
    .toBeLessThan(before);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Filter results' }).getByLabel('Level')).toHaveValue(
    'warning',
  );
});

test('a pasted description shows its event first with the placeholder values', async ({ page }) => {
  await page.goto('/en/search/');
  const paste =
    'Send connector Internet: Message delivery was not successful. The message with message ID <42@contoso.com> was acknowledged with SMTP response 421 4.4.2 Connection dropped.';
  await page.getByLabel(boxName, { exact: true }).last().fill(paste);
  const first = page.locator('.result').first();
  await expect(first.locator('.result-head strong')).toHaveText('MSExchangeTransport 2004');
  const values = first.getByRole('table', { name: 'Values in the pasted event' });
  await expect(values.getByRole('row', { name: /%1/ })).toContainText('Internet');
  await expect(values.getByRole('row', { name: /%3/ })).toContainText(
    '421 4.4.2 Connection dropped',
  );
  await page.locator('.smtp-chip', { hasText: '4.4.2' }).click();
  await expect(page).toHaveURL(/\/en\/smtp\/4\.4\.2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SMTP 4.4.2');
  await expect(page.locator('.smtp-class-4')).toContainText('Transient');
});

test('Event Viewer copies are recognised by their headers in German and Russian', async ({
  page,
}) => {
  const german = [
    'Protokollname: Application',
    'Quelle:        MSExchangeTransport',
    'Ereignis-ID:   12014',
    'Aufgabenkategorie:TransportService',
    'Ebene:         Fehler',
    'Beschreibung:',
    'Etwas ist passiert.',
  ].join('\n');
  await expect(await firstResult(page, 'de', german)).toHaveText('MSExchangeTransport 12014');
  await expect(page.getByRole('note')).toContainText('MSExchangeTransport 12014');
  const russian = [
    'Имя журнала:   Application',
    'Источник:      MSExchangeFrontEndTransport',
    'Код события:   1035',
    'Уровень:       Предупреждение',
    'Описание:',
    'Inbound authentication failed with error LogonDenied for Receive connector Client Frontend EX01. The authentication mechanism is Login. The source IP address of the client who tried to authenticate to Microsoft Exchange is [203.0.113.17].',
  ].join('\n');
  await expect(await firstResult(page, 'ru', russian)).toHaveText('MSExchangeTransport 1035');
  const values = page
    .locator('.result')
    .first()
    .getByRole('table')
    .getByRole('row', { name: /%2/ });
  await expect(values).toContainText('Client Frontend EX01');
});

test('a query with markup is shown as text, never run; matched words are marked', async ({
  page,
}) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const query = '<img src=x onerror=alert(1)> certificate';
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(
    page
      .locator('.result-snippet mark')
      .filter({ hasText: /^certificate$/i })
      .first(),
  ).toBeVisible();
  await page.getByRole('combobox', { name: boxName }).fill(query);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(dialog).toBe(false);
});

test('German and Russian searches find their own articles', async ({ page }) => {
  await expect(await firstResult(page, 'de', 'STARTTLS-Zertifikat abgelaufen')).toHaveText(
    'MSExchangeTransport 12016',
  );
  await expect(page.locator('.result').first().locator('.result-title')).toContainText(
    'STARTTLS-Zertifikat',
  );
  await expect(await firstResult(page, 'de', 'Warteschlangendatenbank beschädigt')).toHaveText(
    'MSExchangeTransport 17003',
  );
  await expect(await firstResult(page, 'ru', 'база данных очереди повреждена')).toHaveText(
    'MSExchangeTransport 17003',
  );
  await expect(page.locator('.result').first().locator('.result-title')).toContainText(
    'База данных очереди',
  );
});

test('a typo, in the first letter too, is corrected (the typo matcher loads on demand)', async ({
  page,
}) => {
  await expect(await firstResult(page, 'en', 'opison')).toHaveText('MSExchangeTransport 10001');
  await expect(await firstResult(page, 'ru', 'чоередь подозрительных сообщений')).toHaveText(
    'MSExchangeTransport 10001',
  );
});

test('no results: a clear state with the ID box and other searches', async ({ page }) => {
  await page.goto('/en/search/?q=zzzzqqqq');
  await expect(page.getByText('Nothing matches “zzzzqqqq”.')).toBeVisible();
  await expect(page.getByLabel('Go to event ID')).toBeVisible();
  await page.getByRole('link', { name: 'certificate' }).click();
  await expect(page).toHaveURL(/q=certificate/);
  await expect(page.locator('.result').first()).toBeVisible();
});

test('a query with $& in it is quoted verbatim in the no-results message', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('a$&b')}`);
  await expect(page.getByText('Nothing matches “a$&b”.')).toBeVisible();
});
