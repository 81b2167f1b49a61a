/**
 * Ranking, one scenario per test, on the hand-written fixture corpus (./fixtures/corpus): what a
 * reader types or pastes, and the article that must come first.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from './engine';
import { fixtureEngine, fixtureStore, topIds } from './build/fixtureEngine';

const t = (id: number, slug = 'event') => `msexchangetransport/${id}/${slug}`;
const fet = (id: number) => `msexchangefrontendtransport/${id}/event`;

describe('exact look-ups', () => {
  it.each([
    ['2004', t(2004)],
    ['SmtpSendAckMessage', t(2004)],
    ['smtpsendackmessage', t(2004)],
    ['0x400407D4', t(2004)],
    ['1074005972', t(2004)],
    ['MSExchangeTransport 2004', t(2004)],
    ['NonSmtpGWBadDropDirectory', t(8004)],
  ])('%s → %s', async (query, expected) => expect(await topIds('en', query)).toEqual([expected]));

  it.each(['2004', 'Event ID 2004', 'MSExchangeTransport 2004', 'SmtpSendAckMessage'])(
    '%s needs no term shard, only the records that hold it',
    async (query) => {
      const loaded: string[] = [];
      const engine = await SearchEngine.open({
        load: (path) => {
          loaded.push(path.replace(/\?.*$/, ''));
          return fixtureStore('en').load(path);
        },
      });
      expect((await engine.search(query)).hits[0]?.record.id).toBe(t(2004));
      expect(loaded.filter((path) => path.startsWith('t/'))).toEqual([]);
    },
  );
});

describe('IDs as people write them', () => {
  it.each([
    ['en', '15004'],
    ['en', '15.004'],
    ['en', '15,004'],
    ['en', '15 004'],
    ['en', 'ID 15004'],
    ['en', 'EventID=15004'],
    ['en', 'Event ID: 15004'],
    ['en', 'What does event 15004 mean on Exchange 2016?'],
    ['de', 'Ereignis-ID 15004'],
    ['de', 'Was bedeutet Ereignis 15.004 auf unserem Exchange 2019?'],
    ['ru', 'Код события 15004'],
    ['ru', 'что значит событие 15 004 на сервере'],
  ] as const)('%s: %j finds event 15004 first', async (locale, query) =>
    expect(await topIds(locale, query)).toEqual([t(15004)]),
  );
});

describe('a bare ID that several sources use', () => {
  it('lists one line per source and says the ID is shared', async () => {
    const outcome = await (await fixtureEngine('en')).search('12014');
    expect(outcome.sharedId).toEqual({
      eventId: 12014,
      sources: ['MSExchangeFrontEndTransport', 'MSExchangeTransport'],
    });
    expect(
      outcome.hits
        .slice(0, 2)
        .map((h) => h.record.id)
        .sort(),
    ).toEqual([fet(12014), t(12014)]);
  });

  it('a named source picks its own', async () => {
    expect(await topIds('en', 'MSExchangeFrontEndTransport 12014')).toEqual([fet(12014)]);
    const outcome = await (await fixtureEngine('en')).search('MSExchangeTransport 12014');
    expect(outcome.sharedId).toBeNull();
    expect(outcome.hits[0]?.record.id).toBe(t(12014));
  });
});

describe('an event and the management-pack alert built on it', () => {
  const paste = [
    'Source:        MSExchangeTransport',
    'Event ID:      15004',
    'Level:         Warning',
    'Description:',
    'The resource pressure increased from Normal to Medium. The following resources are under pressure: Version buckets',
  ].join('\n');

  it.each([
    ['an Event Viewer paste', paste],
    ['the ID with its source', 'MSExchangeTransport 15004'],
    ['the logged text', 'The resource pressure increased from Normal to High.'],
  ])('%s opens the event article, with the alert right below', async (_, query) =>
    expect(await topIds('en', query, 2)).toEqual([t(15004), t(15004, 'alert')]),
  );

  it("the alert's rule name opens the alert", async () =>
    expect(
      await topIds('en', 'The resource pressure of the transport server has increased.'),
    ).toEqual([t(15004, 'alert')]));
});

describe('a source of several words', () => {
  it('written run together, as knowledge-base pages print it, still picks its own article', async () => {
    const outcome = await (await fixtureEngine('en')).search('MSExchangeStoreDriver 1035');
    expect(outcome.sharedId).toBeNull();
    expect(outcome.hits[0]?.record.id).toBe('msexchange-store-driver/1035/event');
  });
});

describe('sister sources', () => {
  it('a sister source and ID land on the article that lists it in alsoLoggedBy', async () =>
    expect(await topIds('en', 'MSExchangeFrontEndTransport 1035', 2)).toEqual([
      t(1035),
      'msexchange-store-driver/1035/event',
    ]));

  it('so does an Event Viewer copy naming the sister source', async () => {
    const paste = [
      'Log Name:      Application',
      'Source:        MSExchangeFrontEndTransport',
      'Event ID:      1035',
      'Level:         Warning',
      'Description:',
      'Inbound authentication failed with error LogonDenied for Receive connector Default Frontend EX01. The authentication mechanism is Login. The source IP address of the client who tried to authenticate to Microsoft Exchange is [192.0.2.10].',
    ].join('\n');
    const outcome = await (await fixtureEngine('en')).search(paste);
    expect(outcome.hits[0]?.record.id).toBe(t(1035));
    expect(outcome.hits[0]?.values?.map((v) => v.value)).toEqual([
      'LogonDenied',
      'Default Frontend EX01',
      'Login',
      '192.0.2.10',
    ]);
  });
});

describe('descriptions as localized servers log them', () => {
  const german =
    'Fehler bei der eingehenden Authentifizierung mit dem Fehler LogonDenied für den Empfangsconnector Default Frontend EX01. Der Authentifizierungsmechanismus ist Login. Die Quell-IP-Adresse des Clients lautet [192.0.2.10].';
  const russian =
    'Ошибка входящей проверки подлинности LogonDenied для соединителя получения Default Frontend EX01. Механизм проверки подлинности: Login. IP-адрес источника клиента: [192.0.2.10].';

  it.each(['de', 'en', 'ru'] as const)(
    'a German description matches the German template (%s site)',
    async (locale) => {
      const outcome = await (await fixtureEngine(locale)).search(german);
      expect(outcome.hits[0]?.record.id).toBe(t(1035));
      expect(outcome.hits[0]?.reason).toBe('template');
      expect(outcome.hits[0]?.values?.map((v) => v.value)).toEqual([
        'LogonDenied',
        'Default Frontend EX01',
        'Login',
        '192.0.2.10',
      ]);
    },
  );

  it('a Russian Event Viewer copy is read by its Russian labels and template', async () => {
    const paste = [
      'Имя журнала:   Application',
      'Источник:      MSExchangeFrontEndTransport',
      'Код события:   1035',
      'Уровень:       Предупреждение',
      'Описание:',
      russian,
    ].join('\n');
    const outcome = await (await fixtureEngine('ru')).search(paste);
    expect(outcome.eventPaste?.eventId).toBe(1035);
    expect(outcome.hits[0]?.record.id).toBe(t(1035));
    expect(outcome.hits[0]?.values?.[1]?.value).toBe('Default Frontend EX01');
  });

  it('a German description without labels still finds its event by the template', async () =>
    expect(
      await topIds('de', 'Der Ressourcendruck ist von Normal auf Hoch gestiegen. Datenträger 99 %'),
    ).toEqual([t(15004)]));
});

describe('SMTP status lines', () => {
  it.each([
    [
      'en',
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure."',
    ],
    [
      'de',
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure."',
    ],
    ['de', 'LastError : 454 4.7.0 Temporary authentication failure'],
    ['ru', '454 4.7.0 Temporary authentication failure'],
  ] as const)('%s: %j leads to the authentication events', async (locale, query) => {
    const outcome = await (await fixtureEngine(locale)).search(query);
    expect(
      outcome.hits
        .slice(0, 2)
        .map((h) => h.record.id)
        .sort(),
    ).toEqual([t(1035), t(2017)]);
    expect(outcome.smtpCodes).toContain('4.7.0');
  });
});

describe('a generic status says little on its own', () => {
  it('the words of a status line decide when its code is "other or undefined"', async () =>
    expect(
      await topIds(
        'en',
        '451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
      ),
    ).toEqual([t(2000)]));
});

describe('phrases beat rare single words', () => {
  it('a passage of a message text outranks a title holding one rare word of it', async () =>
    expect(
      await topIds(
        'en',
        'could not connect to remote domain mail.example.com. The socket error was',
      ),
    ).toEqual([t(2002)]));
});

describe('phrases and proximity', () => {
  it('words in the order of a message text beat the same words scattered in a title', async () =>
    expect(await topIds('en', 'the message was rejected by the remote server', 2)).toEqual([
      t(2016),
      t(2004),
    ]));
});

describe('words as typed', () => {
  it.each([
    ['en', 'STARTTLS certificate expired', t(12016)],
    ['en', 'STARTTLS certificate will expire soon', t(12018)],
    ['de', 'STARTTLS Zertifikat abgelaufen', t(12016)],
  ] as const)('%s: %s → %s (stems alike, words not)', async (locale, query, expected) =>
    expect(await topIds(locale, query)).toEqual([expected]),
  );
});

describe('management-pack alert titles', () => {
  it('find the alert article or its event', async () => {
    const [first] = await topIds(
      'en',
      'A non-SMTP gateway connection failure occurred on the specified connector. An I/O exception occurred when writing to the Drop directory.',
    );
    expect([t(8004), t(8004, 'exchange-2007-alert')]).toContain(first);
  });
});

describe('questions in everyday words, through synonyms', () => {
  it.each([
    ['de', 'Festplattenplatz geht zur Neige', t(15006)],
    ['ru', 'не хватает места на диске', t(15006)],
    ['en', 'server running out of disk space', t(15006)],
    ['de', 'Zertifikat abgelaufen', t(12016)],
    ['ru', 'истёк сертификат', t(12016)],
  ] as const)('%s: %s → %s', async (locale, query, expected) =>
    expect(await topIds(locale, query)).toEqual([expected]),
  );
});

describe('typing', () => {
  it('tolerates one typo in a longer word', async () =>
    expect(await topIds('en', 'Outbound authentcation faild ')).toEqual([t(2017)]));
  it('completes the word being typed', async () =>
    expect(await topIds('en', 'drop direc')).toEqual([t(8004)]));
  it('finds the stem in a word cut short', async () =>
    expect(await topIds('en', 'Outbound authenticat')).toEqual([t(2017)]));
  it.each([
    ['the first two letters swapped', 'uathentication'],
    ['an extra first letter', 'sauthentication'],
  ])('tolerates a typo in the first letter: %s (%s)', async (_, query) =>
    expect(await topIds('en', query, 3)).toEqual([t(1035), t(2017), t(2018)]),
  );
  it.each([
    ['de', 'Rueckstua Transportserver', t(15004)],
    ['de', 'Ruckstau Transportsever', t(15004)],
    ['ru', 'обратное давленее', t(15004)],
  ] as const)('%s: tolerates a typo in %s', async (locale, query, expected) =>
    expect(await topIds(locale, query)).toEqual([expected]),
  );
});

describe('untranslated articles', () => {
  it('are searchable in every locale, marked as shown in English', async () => {
    const outcome = await (await fixtureEngine('de')).search('queue database disk space low');
    expect(outcome.hits[0]?.record).toMatchObject({ id: t(15006), lang: 'en' });
  });
});

describe('filters', () => {
  it('keep only articles with the level and version asked for', async () => {
    const outcome = await (
      await fixtureEngine('en')
    ).search('connector', {
      filters: { level: 'error', version: '15.0' },
    });
    expect(outcome.hits.map((h) => h.record.id).sort()).toEqual([fet(12014), t(12014), t(2017)]);
  });
});
