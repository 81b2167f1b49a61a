import { expect, test } from './fixtures';

test('no search data is fetched until the reader uses search', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/search/')) searchRequests.push(request.url());
  });
  await page.goto('/en/events/msexchangetransport/2004/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.getByRole('combobox', { name: 'Search the knowledge base' }).focus();
  await expect
    .poll(() => searchRequests.some((url) => url.endsWith('/api/search/en.json')))
    .toBe(true);
});

test('typing shows instant results; arrow keys and Enter open one; Escape closes', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
  // The shortcut works once the page has hydrated; a key pressed before that is a no-op.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await box.pressSequentially('drop directo');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Drop directory');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /-/);
  const active = page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`);
  await expect(active).toHaveAttribute('aria-selected', 'true');
  const eventId = (await active.locator('strong').first().textContent())?.match(/\d+$/)?.[0];
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/events/[^/]+/${eventId}/`));
});

test('exact identifiers come first: ID, symbolic name, logged message ID', async ({ page }) => {
  for (const query of ['2004', 'SmtpSendAckMessage', '0x400407D4']) {
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.result').first();
    await expect(first).toContainText('MSExchangeTransport 2004');
    await expect(first).toContainText('Exact match');
  }
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
  await page.getByLabel('Search the knowledge base', { exact: true }).last().fill(paste);
  const first = page.locator('.result').first();
  await expect(first).toContainText('MSExchangeTransport 2004');
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

test('an Event Viewer copy is recognised by its headers', async ({ page }) => {
  const paste = [
    'Log Name:      Application',
    'Source:        MSExchangeTransport',
    'Event ID:      12014',
    'Task Category: TransportService',
    'Level:         Error',
    'Description:',
    'Something happened.',
  ].join('\n');
  await page.goto(`/de/search/?q=${encodeURIComponent(paste)}`);
  await expect(page.getByRole('note')).toContainText('MSExchangeTransport 12014');
  await expect(page.locator('.result').first()).toContainText('MSExchangeTransport 12014');
});

test('a query with markup is shown as text, never run', async ({ page }) => {
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
  await page.getByRole('combobox', { name: 'Search the knowledge base' }).fill(query);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(dialog).toBe(false);
});

test('German and Russian searches find their own articles, fallbacks marked EN', async ({
  page,
}) => {
  await page.goto(`/de/search/?q=${encodeURIComponent('Zertifikate abgelaufen')}`);
  await expect(page.locator('.result').first()).toContainText('Zertifikat');
  await page.goto(`/ru/search/?q=${encodeURIComponent('сертификата')}`);
  await expect(page.locator('.result').first()).toContainText('сертификат');
  await page.goto(`/ru/search/?q=${encodeURIComponent('Protocol Analysis DNS')}`);
  await expect(page.locator('.result').first().locator('.en-marker')).toHaveText('EN');
});

test('no results: a clear state with the ID box and other searches', async ({ page }) => {
  await page.goto('/en/search/?q=zzzzqqqq');
  await expect(page.getByText('Nothing matches “zzzzqqqq”.')).toBeVisible();
  await expect(page.getByLabel('Go to event ID')).toBeVisible();
  await page.getByRole('link', { name: 'certificate' }).click();
  await expect(page).toHaveURL(/q=certificate/);
  await expect(page.locator('.result').first()).toBeVisible();
});
