/** One page of every type, `{l}` standing for the locale: the specs that walk the site use it. */
export const pageTypes = [
  '/{l}/',
  '/{l}/events/',
  '/{l}/events/msexchangetransport/',
  '/{l}/events/msexchangetransport/2004/',
  '/{l}/events/msexchangetransport/8004/',
  '/{l}/events/msexchangetransport/8004/exchange-2007-alert/',
  '/{l}/events/msexchange-antispam/101/',
  '/{l}/ids/1018/',
  '/{l}/search/?q=certificate',
  '/{l}/smtp/',
  '/{l}/smtp/4.4.2/',
  '/{l}/translations/',
  '/{l}/integrations/',
  '/{l}/triage/',
  '/{l}/offline/',
  '/{l}/no-such-page/',
];

export const e2eLocales = ['en', 'de', 'ru'] as const;
