import { describe, expect, it } from 'vitest';
import { dropVendorHelp, isChromeLine, isVendorHelp } from './chrome';

describe('isChromeLine', () => {
  it.each([
    'Share via',
    'Share',
    'Teilen über',
    'Teilen über: Facebook | X | LinkedIn',
    'Поделиться',
    'Partager via',
    'Facebook',
    'Facebook | LinkedIn | Email',
    'Print',
    'Was this page helpful?',
    '© 2010 Sample Corporation. All rights reserved.',
    'Any blog posts, comments and other community content on this page are provided as they are.',
    'Alle Blogbeiträge, Kommentare und sonstigen Communityinhalte werden ohne Gewähr bereitgestellt.',
    'Материалы блогов и комментарии предоставляются как есть.',
    'Все права защищены.',
    'Copyright 2010 Sample Corporation',
  ])('%j is chrome', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    'Share the queue folder with the service account.',
    'Copyright notices in message footers are added by a transport rule.',
    'Print queue messages with Get-Message.',
    'The comments field of the connector is free text.',
    'Check the next hop.',
  ])('%j is article text', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('vendor help', () => {
  it.each([
    'Search the product help if this page does not cover your case.',
    'For more information, search the Exchange 2010 help.',
    'See the Exchange Server Help for the queue limits.',
    'The queue viewer is described at http://technet.microsoft.com/en-us/library/aa000000.aspx.',
    'See go.microsoft.com/fwlink/?LinkId=12345.',
    'See Microsoft Knowledge Base article 123456.',
    'Durchsuchen Sie die Produkthilfe, wenn diese Seite Ihren Fall nicht abdeckt.',
    'Weitere Hinweise finden Sie in der Exchange-Hilfe.',
    'Выполните поиск в справке продукта, чтобы узнать ограничения очередей.',
  ])('%j points at the vendor', (sentence) => expect(isVendorHelp(sentence)).toBe(true));

  it.each([
    'Read the article about event 9902 in this knowledge base.',
    'Run Get-Help Get-Queue for the parameters.',
    'See https://example.org/queues for the gateway.',
  ])('%j does not', (sentence) => expect(isVendorHelp(sentence)).toBe(false));

  it('drops only the sentences that point at the vendor', () => {
    expect(
      dropVendorHelp('Event 9902 is related. Search the product help for more. Restart it.'),
    ).toBe('Event 9902 is related. Restart it.');
    expect(dropVendorHelp('Search the product help.')).toBe('');
    expect(dropVendorHelp('Nothing to drop here.')).toBe('Nothing to drop here.');
  });
});
