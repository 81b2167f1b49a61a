/**
 * Log triage (/<locale>/triage/): sample exports of every format, dropped in every locale, give
 * the groups, counts, links and values the samples hold; damaged and foreign files get a note;
 * the report exports; big files show progress and can be cancelled; and no request carries any
 * part of a log (none is made at all once the page has loaded).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { TriageCatalog } from '../lib/triage/catalog';
import { exportCommand } from '../lib/triage/command';
import { writeEvtx } from '../lib/triage/fixtures/evtxWriter';
import { sampleEvents } from '../lib/triage/fixtures/sampleEvents';
import { expect, test } from './fixtures';

type Locale = 'en' | 'de' | 'ru';
type Upload = { name: string; mimeType: string; buffer: Buffer };

const fixture = (name: string) => readFileSync(path.join('lib/triage/fixtures', name));
const upload = (name: string, buffer: Buffer): Upload => ({
  name,
  mimeType: 'application/octet-stream',
  buffer,
});

/** UTF-16 little-endian with a byte order mark, as Windows saves "Unicode" text. */
const utf16 = (buffer: Buffer) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(buffer.toString('utf8'), 'utf16le')]);

const catalog = () => JSON.parse(readFileSync('out/api/triage.json', 'utf8')) as TriageCatalog;

/** What the page says, per locale. */
const words = {
  en: {
    choose: 'Choose files',
    summary: '7 events in 4 groups from 1 file.',
    levels: ['Error', 'Warning', 'Information', 'Information'],
    format: {
      csv: 'Event Viewer CSV',
      txt: 'Event Viewer text (tab-delimited)',
      xml: 'Event XML (wevtutil, Event Viewer)',
      pscsv: 'PowerShell Export-Csv',
      json: 'PowerShell ConvertTo-Json',
      details: 'Event Viewer details text',
      evtx: 'Event log file (EVTX)',
    },
    search: 'Search the site for MSExchange ADAccess 2080',
    smtp: 'SMTP statuses',
    servers: 'Servers',
    files: 'Files',
    report: 'Report',
  },
  de: {
    choose: 'Dateien auswählen',
    summary: '7 Ereignisse in 4 Gruppen aus 1 Datei.',
    levels: ['Fehler', 'Warnung', 'Informationen', 'Informationen'],
    format: {
      csv: 'CSV der Ereignisanzeige',
      txt: 'Text der Ereignisanzeige (tabulatorgetrennt)',
      xml: 'Ereignis-XML (wevtutil, Ereignisanzeige)',
      pscsv: 'PowerShell Export-Csv',
      json: 'PowerShell ConvertTo-Json',
      details: 'Detailtext der Ereignisanzeige',
      evtx: 'Ereignisprotokolldatei (EVTX)',
    },
    search: 'Website nach MSExchange ADAccess 2080 durchsuchen',
    smtp: 'SMTP-Statuscodes',
    servers: 'Server',
    files: 'Dateien',
    report: 'Bericht',
  },
  ru: {
    choose: 'Выбрать файлы',
    summary: '7 событий, 4 группы, 1 файл.',
    levels: ['Ошибка', 'Предупреждение', 'Сведения', 'Сведения'],
    format: {
      csv: 'CSV просмотра событий',
      txt: 'Текст просмотра событий (с разделителями-табуляциями)',
      xml: 'XML событий (wevtutil, просмотр событий)',
      pscsv: 'PowerShell Export-Csv',
      json: 'PowerShell ConvertTo-Json',
      details: 'Текст сведений о событии',
      evtx: 'Файл журнала событий (EVTX)',
    },
    search: 'Искать MSExchange ADAccess 2080 на сайте',
    smtp: 'Коды SMTP',
    servers: 'Серверы',
    files: 'Файлы',
    report: 'Отчёт',
  },
} as const;

type Format = keyof (typeof words)['en']['format'];

/** The sample file of each format for each locale (the same seven events in all of them). */
function sample(format: Format, locale: Locale): Upload {
  switch (format) {
    case 'csv':
      return upload(`eventviewer-${locale}.csv`, fixture(`eventviewer-${locale}.csv`));
    case 'txt':
      // Event Viewer saves its text export as UTF-16 with a byte order mark.
      return upload(`eventviewer-${locale}.txt`, utf16(fixture(`eventviewer-${locale}.txt`)));
    case 'xml': {
      const name = {
        en: 'wevtutil-en.xml',
        de: 'wevtutil-rendered-de.xml',
        ru: 'eventviewer-saved-ru.xml',
      }[locale];
      return upload(name, fixture(name));
    }
    case 'pscsv':
      return upload(`powershell-${locale}.csv`, fixture(`powershell-${locale}.csv`));
    case 'json':
      return upload(`powershell-${locale}.json`, fixture(`powershell-${locale}.json`));
    case 'details':
      return upload(`details-${locale}.txt`, fixture(`details-${locale}.txt`));
    case 'evtx':
      return upload('Application.evtx', Buffer.from(writeEvtx(sampleEvents, 3)));
  }
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/triage/`);
  await expect(page.getByRole('button', { name: words[locale].choose })).toBeEnabled();
}

async function drop(page: Page, files: Upload[]) {
  await page.locator('input[type=file]').setInputFiles(files);
}

/** The report's summary line ("7 events in 4 groups from 1 file."). */
const summary = (page: Page, locale: Locale = 'en') =>
  page.getByRole('region', { name: words[locale].report }).getByRole('status');

const group = (page: Page, event: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: event }) });

const formats: Format[] = ['csv', 'txt', 'xml', 'pscsv', 'json', 'details', 'evtx'];
const withComputers = new Set<Format>(['xml', 'pscsv', 'json', 'details', 'evtx']);
const withInsertionStrings = new Set<Format>(['xml', 'json', 'evtx']);

for (const locale of ['en', 'de', 'ru'] as const) {
  for (const format of formats) {
    test(`${locale}: a ${format} sample gives its groups, counts, links and values`, async ({
      page,
    }) => {
      const w = words[locale];
      const titles = new Map(
        catalog().events.map((e) => [
          e.key,
          e.articles[0]!.titles[locale] ?? e.articles[0]!.titles.en,
        ]),
      );
      await open(page, locale);
      await drop(page, [sample(format, locale)]);
      await expect(summary(page, locale)).toHaveText(w.summary);
      const file = page.getByRole('list', { name: w.files }).getByRole('listitem');
      await expect(file).toContainText(w.format[format]);
      await expect(file).toContainText(w.summary.split(/ in |, /)[0]!);

      const headings = page.getByRole('heading', { level: 3 });
      await expect(headings).toHaveCount(4);
      const events = [
        'MSExchangeTransport 12016',
        'MSExchangeTransport 2002',
        'MSExchangeTransport 2004',
        'MSExchange ADAccess 2080',
      ];
      for (const [i, event] of events.entries()) {
        await expect(headings.nth(i)).toContainText(event);
        await expect(headings.nth(i)).toContainText(w.levels[i]!);
      }
      await expect(headings.nth(2)).toContainText('3');

      const g2004 = group(page, 'MSExchangeTransport 2004');
      await expect(
        g2004.getByRole('link', { name: titles.get('msexchangetransport/2004') }),
      ).toHaveAttribute('href', `/${locale}/events/msexchangetransport/2004/`);
      await expect(g2004).toContainText('Outbound to Office 365 ×3');
      for (const code of ['454', '4.7.0', '550', '5.7.1'])
        await expect(g2004.getByRole('link', { name: code, exact: true })).toHaveAttribute(
          'href',
          `/${locale}/smtp/${code}/`,
        );
      await expect(g2004.getByText(w.smtp)).toBeVisible();
      if (withComputers.has(format)) await expect(g2004).toContainText('EX02.contoso.local ×2');

      const g2002 = group(page, 'MSExchangeTransport 2002');
      await expect(g2002).toContainText('mx1.fabrikam.com ×1');
      await expect(g2002).toContainText('mx2.fabrikam.com ×1');
      await expect(group(page, 'MSExchangeTransport 12016')).toContainText('mail.contoso.com ×1');

      const undocumented = group(page, 'MSExchange ADAccess 2080');
      await expect(undocumented.getByRole('link', { name: w.search })).toHaveAttribute(
        'href',
        `/${locale}/search/?q=MSExchange%20ADAccess%202080`,
      );
      if (withInsertionStrings.has(format))
        await expect(undocumented).toContainText('MSExchangeTransport.exe ×1');
    });
  }
}

test('pasted details text is triaged like a dropped file', async ({ page }) => {
  await open(page, 'en');
  await page.getByLabel('Or paste events').fill(fixture('details-en.txt').toString('utf8'));
  await page.getByRole('button', { name: 'Triage pasted text' }).click();
  await expect(summary(page)).toHaveText('7 events in 4 groups from 1 file.');
  await expect(page.getByRole('list', { name: 'Files' })).toContainText('Pasted text');
  await expect(group(page, 'MSExchangeTransport 2002')).toContainText('Internet ×2');
});

test('an event from a sister source (alsoLoggedBy) links to the shared article', async ({
  page,
}) => {
  const shared = catalog().events.find((e) => e.alsoLoggedBy.length > 0);
  test.skip(!shared, 'no article lists a sister source yet');
  const sister = shared!.alsoLoggedBy[0]!;
  const csv = `Level,Date and Time,Source,Event ID,Task Category\r\nWarning,1/2/2024 3:00:00 PM,${sister},${shared!.eventId},None,Something happened.\r\n`;
  await open(page, 'en');
  await drop(page, [upload('sister.csv', Buffer.from(csv))]);
  await expect(
    group(page, `${sister} ${shared!.eventId}`).getByRole('link').first(),
  ).toHaveAttribute('href', `/en/events/${shared!.key}/`);
});

test('several files of different formats: each gets its own line, a bad one a clear message', async ({
  page,
}) => {
  // Three whole events, then the fourth cut off in the middle.
  const xml = fixture('wevtutil-en.xml').toString('utf8');
  const cut = xml.slice(0, xml.split('<Event ').slice(0, 4).join('<Event ').length + 150);
  await open(page, 'en');
  await drop(page, [
    sample('csv', 'en'),
    upload(
      'screenshot.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    ),
    upload('cut.xml', Buffer.from(cut)),
    sample('evtx', 'en'),
  ]);
  const file = (name: string) =>
    page.getByRole('list', { name: 'Files' }).getByRole('listitem').filter({ hasText: name });
  await expect(file('screenshot.png')).toContainText('Not recognised');
  await expect(file('screenshot.png')).toContainText('Not an exported event log.');
  await expect(file('cut.xml')).toContainText('3 events');
  await expect(file('cut.xml')).toContainText('looks cut short');
  await expect(file('Application.evtx')).toContainText('Event log file (EVTX) · 7 events');
  await expect(summary(page)).toHaveText('17 events in 4 groups from 4 files.');
});

test('filters narrow the report by level, source and server; the timeline is a chart', async ({
  page,
}) => {
  await open(page, 'en');
  await drop(page, [sample('json', 'en')]);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
  const filters = page.getByRole('group', { name: 'Filter the report' });
  await filters.getByLabel('Server').selectOption({ label: 'EX02.contoso.local (3)' });
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
  await expect(group(page, 'MSExchangeTransport 2004').getByRole('heading')).toContainText(
    '2 events',
  );
  await filters.getByLabel('Server').selectOption({ label: 'All' });
  await filters.getByRole('checkbox', { name: /Warning/ }).check();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
  await filters.getByRole('checkbox', { name: /Warning/ }).uncheck();
  await filters.getByLabel('Source').selectOption({ label: 'MSExchange ADAccess (1)' });
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
  await filters.getByLabel('Source').selectOption({ label: 'All' });

  // The first group's timeline is open; another group's replaces it.
  await expect(
    page.getByRole('img', { name: /Events of MSExchangeTransport 12016 over time/ }),
  ).toBeVisible();
  await group(page, 'MSExchangeTransport 2004').getByRole('button', { name: 'Timeline' }).click();
  const chart = page.getByRole('img', { name: /Events of MSExchangeTransport 2004 over time/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Report' }).getByRole('img')).toHaveCount(1);
});

test('the report downloads as Markdown and CSV with absolute links', async ({ page, baseURL }) => {
  await open(page, 'de');
  await drop(page, [sample('xml', 'de')]);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown herunterladen' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^triage-\d{12}\.md$/);
  const md = readFileSync(await markdown.path(), 'utf8');
  expect(md).toContain('# Auswertung des Ereignisprotokolls');
  expect(md).toContain(`](${baseURL}/de/events/msexchangetransport/2004/)`);
  expect(md).toContain('- SMTP-Statuscodes: 454 4.7.0 (2), 550 5.7.1 (1)');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV herunterladen' }).click(),
  ]);
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(rows[0]).toBe(
    '\uFEFFEbene,Quelle,Ereignis-ID,Anzahl,Zuerst,Zuletzt,Server,Artikel,Adresse,Werte,SMTP-Statuscodes',
  );
  expect(rows[1]).toMatch(/^Fehler,MSExchangeTransport,12016,1,/);
});

test('the export command is shown with a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/triage/');
  await expect(page.getByLabel('PowerShell command')).toHaveText(exportCommand);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(exportCommand);
});

/** An Event Viewer CSV of `count` events: about 250 bytes each. */
function bigCsv(count: number): Buffer {
  const rows = ['Level,Date and Time,Source,Event ID,Task Category'];
  for (let i = 0; i < count; i++)
    rows.push(
      `Information,1/2/2024 ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')}:00 PM,MSExchangeTransport,2004,SmtpSend,"Send connector Outbound ${i % 7}: Message delivery was not successful. The message with message ID <m${i}@contoso.com> was acknowledged with SMTP response 451 4.4.0 Primary target IP address responded with: ""421 4.4.2 Connection dropped."""`,
    );
  return Buffer.from(rows.join('\r\n'));
}

test('a big file shows progress while the page stays usable, and can be cancelled', async ({
  page,
}) => {
  const events = 200_000;
  await open(page, 'en');
  const big = test.info().outputPath('big.csv');
  writeFileSync(big, bigCsv(events));
  await page.locator('input[type=file]').setInputFiles(big);
  const progress = page.getByRole('progressbar', { name: 'Reading the logs' });
  await expect(progress).toBeVisible();
  // The page answers while the worker reads: the paste box takes typing.
  await page.getByLabel('Or paste events').fill('typed while reading');
  await expect(page.getByLabel('Or paste events')).toHaveValue('typed while reading');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('Cancelled. The report shows what was read until then.'),
  ).toBeVisible();
  await expect(progress).toBeHidden();
  const text = await summary(page).textContent();
  const read = Number(/^([\d,]+) events/.exec(text ?? '')?.[1]?.replace(/,/g, ''));
  expect(read).toBeLessThan(events);
});

test('no request carries any part of a log; none is made at all once the page has loaded', async ({
  page,
  context,
}) => {
  const marker = `canary-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const requests: { url: string; body: string; after: boolean }[] = [];
  let loaded = false;
  context.on('request', (request) =>
    requests.push({ url: request.url(), body: request.postData() ?? '', after: loaded }),
  );
  await open(page, 'en');
  await page.waitForLoadState('networkidle');
  // Let the page make whatever requests its own links cause (prefetching), then watch.
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, -5000);
  await page.waitForLoadState('networkidle');
  loaded = true;

  const withMarker = (buffer: Buffer) =>
    Buffer.from(buffer.toString('utf8').replaceAll('Outbound to Office 365', marker));
  await drop(page, [
    upload('marked.csv', withMarker(fixture('powershell-en.csv'))),
    upload('marked.xml', withMarker(fixture('wevtutil-en.xml'))),
    upload(
      'marked.evtx',
      Buffer.from(
        writeEvtx(
          sampleEvents.map((e) => ({
            ...e,
            values: e.values.map((v) => v.replace('Outbound to Office 365', marker)),
          })),
        ),
      ),
    ),
  ]);
  await expect(group(page, 'MSExchangeTransport 2004')).toContainText(`${marker} ×9`);
  await page
    .getByLabel('Or paste events')
    .fill(withMarker(fixture('details-en.txt')).toString('utf8'));
  await page.getByRole('button', { name: 'Triage pasted text' }).click();
  await expect(group(page, 'MSExchangeTransport 2004')).toContainText(`${marker} ×3`);
  await group(page, 'MSExchangeTransport 2004').getByRole('button', { name: 'Timeline' }).click();
  await page
    .getByRole('group', { name: 'Filter the report' })
    .getByLabel('Server')
    .selectOption({ index: 1 });
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  await page.waitForTimeout(500);

  const network = requests.filter((r) => r.url.startsWith('http'));
  expect(network.filter((r) => r.url.includes(marker) || r.body.includes(marker))).toEqual([]);
  expect(network.filter((r) => r.after).map((r) => r.url)).toEqual([]);
});

test('triage works with the network off once the page has loaded', async ({ page, context }) => {
  await open(page, 'ru');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await drop(page, [sample('evtx', 'ru'), sample('txt', 'ru')]);
  await expect(summary(page, 'ru')).toHaveText('14 событий, 4 группы, 2 файла.');
  await context.setOffline(false);
});

test('the page is linked from the header and the home page in every locale', async ({ page }) => {
  for (const [locale, name] of [
    ['en', 'Log triage'],
    ['de', 'Protokollanalyse'],
    ['ru', 'Разбор журналов'],
  ] as const) {
    await page.goto(`/${locale}/`);
    await expect(page.getByRole('banner').getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      `/${locale}/triage/`,
    );
    await expect(page.getByRole('main').locator(`a[href="/${locale}/triage/"]`)).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains that triage needs JavaScript and still shows the export command', async ({
    page,
  }) => {
    await page.goto('/de/triage/');
    await expect(
      page.getByText('Die Protokollanalyse läuft in Ihrem Browser und benötigt JavaScript.'),
    ).toBeVisible();
    await expect(page.getByLabel('PowerShell-Befehl')).toHaveText(exportCommand);
  });
});

for (const scheme of ['light', 'dark'] as const)
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test('a filled report, its timeline and its notes have no accessibility violations', async ({
      page,
    }) => {
      await open(page, 'de');
      await drop(page, [sample('json', 'de'), upload('leer.csv', Buffer.from(''))]);
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(4);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  });
