/**
 * The background's message boundary, driven through a fake browser adapter: what a web page, a
 * content script, another extension or a broken sender can make the background do. A refused
 * message gets no answer (the listener returns undefined) and changes nothing.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender, TabInfo } from '../adapters/browser';

const OWN_ID = 'ownextensionid';
const OWN_PAGE = `chrome-extension://${OWN_ID}/panel/sidepanel.html`;

type Listener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

const fake = vi.hoisted(() => ({
  tab: {
    tabId: 7,
    windowId: 1,
    title: 'A sample paper',
    url: 'https://arxiv.org/abs/2401.00001',
  },
  listener: undefined as
    | ((message: unknown, sender: { id?: string; tabId?: number; url?: string }) => unknown)
    | undefined,
  /** Tabs the background was asked to inject the content script into. */
  injected: [] as number[],
  /** Messages the background sent out (to panels). */
  sent: [] as unknown[],
}));

vi.mock('../adapters/browser', () => ({
  runtimeId: () => 'ownextensionid',
  extensionUrl: (path: string) => `chrome-extension://ownextensionid/${path}`,
  extensionVersion: () => '9.8.7',
  onMessage: (listener: Listener) => {
    fake.listener = listener as typeof fake.listener;
    return () => undefined;
  },
  getTab: async (tabId: number) => (tabId === fake.tab.tabId ? { ...fake.tab } : null),
  getActiveTab: async () => ({ ...fake.tab }),
  sendMessage: async (message: unknown) => {
    fake.sent.push(message);
  },
  setBadge: () => undefined,
  injectContentScript: async (tabId: number) => {
    fake.injected.push(tabId);
  },
  clearAlarm: async () => undefined,
  setAlarm: () => undefined,
  setRepeatingAlarm: () => undefined,
}));

const PAPER_TAB: TabInfo = fake.tab;

const fromOwnPage: MessageSender = { id: OWN_ID, tabId: undefined, url: OWN_PAGE };
const fromContentScript: MessageSender = { id: OWN_ID, tabId: 7, url: PAPER_TAB.url };
const fromWebPage: MessageSender = { id: undefined, tabId: 7, url: PAPER_TAB.url };
const fromOtherExtension: MessageSender = {
  id: 'someotherextension',
  tabId: undefined,
  url: 'chrome-extension://someotherextension/page.html',
};

let pageReports: Map<number, unknown>;

function deliver(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  if (!fake.listener) throw new Error('startMessageRouting registered no listener');
  return fake.listener(message, sender) as Promise<unknown> | undefined;
}

const validReport = {
  url: PAPER_TAB.url,
  title: PAPER_TAB.title,
  contentType: 'text/html',
  metadata: { isPaper: true, title: 'A sample paper', authors: [], unreadable: [] },
};

beforeAll(async () => {
  const router = await import('./message-router');
  pageReports = (await import('./tab-tracking')).pageReports;
  router.startMessageRouting();
});

beforeEach(() => {
  fake.injected.length = 0;
  fake.sent.length = 0;
  pageReports.clear();
});

describe('messages the background accepts', () => {
  it('answers a ping from its own extension page with its version', async () => {
    await expect(deliver({ type: 'ping', payload: {} }, fromOwnPage)).resolves.toEqual({
      ok: true,
      version: '9.8.7',
    });
  });

  it('reads a page when its own panel asks', async () => {
    await expect(
      deliver({ type: 'readPage', payload: { tabId: 7 } }, fromOwnPage),
    ).resolves.toEqual({ ok: true });
    expect(fake.injected).toEqual([7]);
  });

  it('keeps a content script report, with its metadata, for the panel', async () => {
    await deliver({ type: 'pageReport', payload: validReport }, fromContentScript);
    const tab = await deliver({ type: 'getTab', payload: { tabId: 7 } }, fromOwnPage);
    expect(tab).toMatchObject({ contentType: 'text/html', metadata: { title: 'A sample paper' } });
  });
});

describe('messages the background refuses', () => {
  it('refuses every message from another extension or a web page', () => {
    for (const sender of [fromOtherExtension, fromWebPage]) {
      expect(deliver({ type: 'readPage', payload: { tabId: 7 } }, sender)).toBeUndefined();
      expect(deliver({ type: 'ping', payload: {} }, sender)).toBeUndefined();
      expect(deliver({ type: 'pageReport', payload: validReport }, sender)).toBeUndefined();
    }
    expect(fake.injected).toEqual([]);
    expect(pageReports.size).toBe(0);
  });

  it('refuses panel requests from a content script (a page cannot make it read other tabs)', () => {
    expect(deliver({ type: 'readPage', payload: { tabId: 7 } }, fromContentScript)).toBeUndefined();
    expect(deliver({ type: 'getTab', payload: { tabId: 7 } }, fromContentScript)).toBeUndefined();
    expect(deliver({ type: 'readingChanged', payload: {} }, fromContentScript)).toBeUndefined();
    expect(fake.injected).toEqual([]);
  });

  it('refuses a page report sent from an extension page (only content scripts report pages)', () => {
    expect(deliver({ type: 'pageReport', payload: validReport }, fromOwnPage)).toBeUndefined();
    expect(pageReports.size).toBe(0);
  });

  it.each([
    'deleteEverything',
    '',
    'PING',
    'ping ',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])('refuses the unknown type %j from its own pages and content scripts', (type) => {
    expect(deliver({ type, payload: {} }, fromOwnPage)).toBeUndefined();
    expect(deliver({ type, payload: validReport }, fromContentScript)).toBeUndefined();
  });

  it.each([
    ['no message', undefined],
    ['null', null],
    ['a bare string', 'ping'],
    ['a number', 42],
    ['an array', [{ type: 'ping', payload: {} }]],
    ['a non-string type', { type: ['ping'], payload: {} }],
    ['a type that is an object', { type: { toString: (): string => 'ping' }, payload: {} }],
  ])('refuses %s as a message', (_label, message) => {
    expect(deliver(message, fromOwnPage)).toBeUndefined();
    expect(deliver(message, fromContentScript)).toBeUndefined();
  });

  it.each([
    ['readPage without a tab id', 'readPage', {}],
    ['readPage with a string tab id', 'readPage', { tabId: '7' }],
    ['readPage with a fractional tab id', 'readPage', { tabId: 7.5 }],
    ['readPage with an unsafe integer', 'readPage', { tabId: 2 ** 60 }],
    ['readPage with NaN', 'readPage', { tabId: Number.NaN }],
    ['readPage with a null payload', 'readPage', null],
    ['readPage with an array payload', 'readPage', [7]],
    ['ping with extra fields', 'ping', { tabId: 7 }],
    ['ping without a payload', 'ping', undefined],
    ['getTab with a string window id', 'getTab', { windowId: 'current' }],
    ['readingChanged with a payload', 'readingChanged', { pass: 1 }],
  ])('refuses %s', (_label, type, payload) => {
    expect(deliver({ type, payload }, fromOwnPage)).toBeUndefined();
    expect(fake.injected).toEqual([]);
  });

  it.each([
    [
      'a URL over 8,192 characters',
      { ...validReport, url: `https://arxiv.org/${'a'.repeat(9000)}` },
    ],
    ['a title over 100,000 characters', { ...validReport, title: 'x'.repeat(100_001) }],
    ['a content type over 256 characters', { ...validReport, contentType: 'a'.repeat(300) }],
    ['a numeric title', { ...validReport, title: 12 }],
    ['a missing URL', { title: 't', contentType: 'text/html' }],
  ])('refuses a page report with %s', (_label, payload) => {
    expect(deliver({ type: 'pageReport', payload }, fromContentScript)).toBeUndefined();
    expect(pageReports.size).toBe(0);
  });

  it('refuses a huge type string without trouble', () => {
    expect(deliver({ type: 'p'.repeat(5_000_000), payload: {} }, fromOwnPage)).toBeUndefined();
  });

  it('drops hostile metadata but keeps only checked, plain text', async () => {
    const payload = {
      ...validReport,
      metadata: {
        isPaper: true,
        title: '<img src=x onerror="window.pwned=1">Real <script>alert(1)</script>title',
        authors: [{ name: '<b>Ada</b> Lovelace', original: 'Lovelace, <b>Ada</b>' }],
        pdfUrl: 'javascript:alert(1)',
        unreadable: [],
      },
    };
    await deliver({ type: 'pageReport', payload }, fromContentScript);
    const tab = (await deliver({ type: 'getTab', payload: { tabId: 7 } }, fromOwnPage)) as {
      metadata: { title: string; authors: { name: string }[]; pdfUrl?: string };
    };
    expect(tab.metadata.title).toBe('Real title');
    expect(tab.metadata.authors.map((a) => a.name)).toEqual(['Ada Lovelace']);
    expect(tab.metadata.pdfUrl).toBeUndefined();
  });

  it('does not pollute Object.prototype through __proto__ keys in payloads', async () => {
    const hostile = JSON.parse(
      '{"url":"https://arxiv.org/abs/2401.00001","title":"t","contentType":"text/html",' +
        '"__proto__":{"polluted":true},' +
        '"metadata":{"isPaper":true,"authors":[],"unreadable":[],"__proto__":{"polluted":true}}}',
    ) as unknown;
    await deliver({ type: 'pageReport', payload: hostile }, fromContentScript);
    expect(
      deliver(
        { type: 'ping', payload: JSON.parse('{"__proto__":{"polluted":true}}') },
        fromOwnPage,
      ),
    ).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const tab = await deliver({ type: 'getTab', payload: { tabId: 7 } }, fromOwnPage);
    expect(Object.getPrototypeOf(tab)).toBe(Object.prototype);
    expect((tab as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fuzz: anything from another extension or a web page gets no answer and changes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('ping', 'getTab', 'readPage', 'readingChanged', 'pageReport'),
            payload: fc.anything(),
          }),
        ),
        fc.constantFrom(fromOtherExtension, fromWebPage),
        (message, sender) => {
          expect(deliver(message, sender)).toBeUndefined();
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 7007 },
    );
    expect(fake.injected).toEqual([]);
    expect(pageReports.size).toBe(0);
  });

  it('fuzz: malformed messages from our own pages never throw and never read a page', async () => {
    const answers: Promise<unknown>[] = [];
    fc.assert(
      fc.property(
        fc.record({
          type: fc.oneof(
            fc.constantFrom('ping', 'getTab', 'readPage', 'readingChanged', 'pageReport'),
            fc.string(),
          ),
          payload: fc.anything().filter((p) => {
            const tabId = (p as { tabId?: unknown } | null)?.tabId;
            return !Number.isSafeInteger(tabId);
          }),
        }),
        fc.constantFrom(fromOwnPage, fromContentScript),
        (message, sender) => {
          const answer = deliver(message, sender);
          if (answer) answers.push(answer);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 7008 },
    );
    await Promise.allSettled(answers);
    expect(fake.injected).toEqual([]);
  });
});
