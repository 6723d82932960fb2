import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backgroundToPanelValidators,
  contentToBackgroundValidators,
  panelToBackgroundValidators,
  parseMessage,
  parseTabSummary,
} from './messages';

const report = { url: 'https://arxiv.org/abs/2401.00001', title: 'T', contentType: 'text/html' };
/** Every direction's check, as a function of an incoming value. */
const directions: { parse: (message: unknown) => { type: string } | null }[] = [
  { parse: (m) => parseMessage(m, panelToBackgroundValidators) },
  { parse: (m) => parseMessage(m, contentToBackgroundValidators) },
  { parse: (m) => parseMessage(m, backgroundToPanelValidators) },
];
const summary = { tabId: 3, windowId: 1, title: 'T', url: 'https://arxiv.org/abs/2401.00001' };

describe('parseMessage', () => {
  it('accepts each direction’s own messages, typed', () => {
    expect(parseMessage({ type: 'ping', payload: {} }, panelToBackgroundValidators)).toEqual({
      type: 'ping',
      payload: {},
    });
    expect(
      parseMessage({ type: 'getTab', payload: { windowId: 2 } }, panelToBackgroundValidators),
    ).toEqual({ type: 'getTab', payload: { tabId: undefined, windowId: 2 } });
    expect(
      parseMessage({ type: 'pageReport', payload: report }, contentToBackgroundValidators),
    ).toEqual({ type: 'pageReport', payload: report });
    expect(
      parseMessage({ type: 'tabChanged', payload: summary }, backgroundToPanelValidators),
    ).toEqual({ type: 'tabChanged', payload: summary });
  });

  it('refuses a message meant for another direction', () => {
    expect(parseMessage({ type: 'pageReport', payload: report }, panelToBackgroundValidators)).toBe(
      null,
    );
    expect(
      parseMessage({ type: 'readPage', payload: { tabId: 1 } }, contentToBackgroundValidators),
    ).toBe(null);
    expect(parseMessage({ type: 'ping', payload: {} }, backgroundToPanelValidators)).toBe(null);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'valueOf'])(
    'refuses %j as a type: inherited names are not messages',
    (type) => {
      for (const { parse } of directions) expect(parse({ type, payload: {} })).toBe(null);
    },
  );

  it('refuses non-objects, arrays and non-string types', () => {
    for (const message of [
      null,
      undefined,
      'ping',
      1,
      [],
      ['ping'],
      { type: 1 },
      { payload: {} },
    ]) {
      expect(parseMessage(message, panelToBackgroundValidators)).toBe(null);
    }
  });

  it('returns a fresh payload, not the sender’s object, for exact shapes', () => {
    const payload = { tabId: 4, extra: '<script>' };
    const parsed = parseMessage({ type: 'readPage', payload }, panelToBackgroundValidators);
    expect(parsed?.payload).toEqual({ tabId: 4 });
    expect(parsed?.payload).not.toBe(payload);
  });

  it('fuzz: any value gives a parsed message or null, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.string(), payload: fc.anything() }),
          fc.record({
            type: fc.constantFrom('ping', 'getTab', 'readPage', 'readingChanged', 'pageReport'),
            payload: fc.anything(),
          }),
        ),
        (message) => {
          for (const { parse } of directions) {
            const parsed = parse(message);
            if (parsed !== null) {
              expect([
                'ping',
                'getTab',
                'readPage',
                'readingChanged',
                'pageReport',
                'tabChanged',
              ]).toContain(parsed.type);
            }
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 7009 },
    );
  });
});

describe('payload checks', () => {
  it('page reports: strings only, each within its cap', () => {
    const check = contentToBackgroundValidators.pageReport;
    expect(check({ ...report, url: 'u'.repeat(8192) })).not.toBe(null);
    expect(check({ ...report, url: 'u'.repeat(8193) })).toBe(null);
    expect(check({ ...report, title: 't'.repeat(100_001) })).toBe(null);
    expect(check({ ...report, contentType: 'c'.repeat(257) })).toBe(null);
    expect(check({ ...report, title: ['T'] })).toBe(null);
  });

  it('page reports: malformed metadata is dropped, the report kept', () => {
    const parsed = contentToBackgroundValidators.pageReport({
      ...report,
      metadata: { isPaper: 'yes', title: 'x' },
    });
    expect(parsed).toEqual(report);
  });

  it('tab ids are safe integers', () => {
    const check = panelToBackgroundValidators.readPage;
    expect(check({ tabId: 12 })).toEqual({ tabId: 12 });
    for (const tabId of ['12', 1.5, Number.NaN, Infinity, 2 ** 53, null, undefined]) {
      expect(check({ tabId })).toBe(null);
    }
  });

  it('empty requests stay empty: no smuggled keys, no __proto__ key', () => {
    expect(panelToBackgroundValidators.ping({ a: 1 })).toBe(null);
    expect(panelToBackgroundValidators.ping(JSON.parse('{"__proto__":{"x":1}}'))).toBe(null);
    expect(panelToBackgroundValidators.readingChanged([])).toBe(null);
  });

  it('tab summaries sent to panels are checked like the rest', () => {
    expect(parseTabSummary(summary)).toEqual(summary);
    expect(parseTabSummary({ ...summary, tabId: '3' })).toBe(null);
    expect(parseTabSummary({ ...summary, url: 'u'.repeat(8193) })).toBe(null);
    expect(parseTabSummary({ ...summary, contentType: 5 })).toBe(null);
  });
});
