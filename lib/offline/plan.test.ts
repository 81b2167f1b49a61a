import { describe, expect, it } from 'vitest';
import { fileUrl, offlinePlan, type ExportFile } from './plan';

const files: ExportFile[] = [
  { path: '/_next/static/chunks/app.js', bytes: 1000 },
  { path: '/_next/static/chunks/app.css', bytes: 200 },
  { path: '/404.html', bytes: 30 },
  { path: '/404/index.html', bytes: 30 },
  { path: '/index.html', bytes: 10 },
  { path: '/go/index.html', bytes: 20 },
  { path: '/events/msexchangetransport/2004/index.html', bytes: 5 },
  { path: '/api/ids.json', bytes: 7 },
  { path: '/api/events.json', bytes: 900 },
  { path: '/api/events/msexchangetransport/2004.json', bytes: 3 },
  { path: '/api/search/en.json', bytes: 100 },
  { path: '/api/search/en.body.json', bytes: 101 },
  { path: '/api/search/en.text.json', bytes: 102 },
  { path: '/api/search/de.json', bytes: 400 },
  { path: '/en/index.html', bytes: 40 },
  { path: '/en/offline/index.html', bytes: 15 },
  { path: '/en/search/index.html', bytes: 12 },
  { path: '/en/events/msexchangetransport/2004/index.html', bytes: 50 },
  { path: '/en/events/msexchangetransport/2004/index.txt', bytes: 45 },
  { path: '/de/index.html', bytes: 41 },
  { path: '/de/offline/index.html', bytes: 16 },
];

describe('offlinePlan', () => {
  const { worker, downloads } = offlinePlan(files, 'b1');

  it('precaches the hashed files, the 404 page, the ID list and every offline page', () => {
    expect(worker.shell).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/app.css',
      '/404.html',
      '/api/ids.json',
      '/en/offline/',
      '/de/offline/',
    ]);
    expect(worker.cache).toBe('transport-events-kb-b1');
  });

  it("keeps a locale's search page and files once a page of it is opened", () => {
    expect(worker.localeData.en).toEqual([
      '/en/search/',
      '/api/search/en.json',
      '/api/search/en.body.json',
      '/api/search/en.text.json',
    ]);
    expect(worker.localeData.de).toEqual(['/api/search/de.json']);
  });

  it("downloads the shell, the locale's search and pages, and the pages without a locale", () => {
    expect(downloads.en.files.map(([url]) => url)).toEqual([
      '/_next/static/chunks/app.js',
      '/_next/static/chunks/app.css',
      '/404.html',
      '/api/ids.json',
      '/en/offline/',
      '/de/offline/',
      '/en/search/',
      '/api/search/en.json',
      '/api/search/en.body.json',
      '/api/search/en.text.json',
      '/en/',
      '/en/events/msexchangetransport/2004/',
      '/',
      '/go/',
      '/events/msexchangetransport/2004/',
      '/api/events/msexchangetransport/2004.json',
    ]);
    expect(downloads.en.pages).toBe(4);
  });

  it('states the total size the browser will store', () => {
    expect(downloads.en.bytes).toBe(
      1000 + 200 + 30 + 7 + 15 + 16 + 12 + 100 + 101 + 102 + 40 + 50 + 10 + 20 + 5 + 3,
    );
  });
});

describe('fileUrl', () => {
  it('gives a page its folder address and leaves other files alone', () => {
    expect(fileUrl('/en/smtp/4.4.2/index.html')).toBe('/en/smtp/4.4.2/');
    expect(fileUrl('/api/ids.json')).toBe('/api/ids.json');
  });
});
