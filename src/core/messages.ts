/**
 * The messages that cross context boundaries, one call map per direction. A handler table is an
 * object of named functions typed by its map, so a misspelt message or a wrong payload fails the
 * type check; every incoming message is shape-checked by `parseMessage` before dispatch.
 */

import type { PageMetadata } from './metadata/page-metadata';
import { parsePageMetadata } from './metadata/parse-page-metadata';

/** What the panel needs to know about the tab it serves. */
export interface TabSummary {
  tabId: number;
  windowId: number;
  title: string;
  url: string;
  /** Set when the content script saw the page's document type (e.g. application/pdf). */
  contentType?: string;
  /** What the page says about its paper, when our content script could read it. */
  metadata?: PageMetadata;
}

/** What a content script reports about its page. */
export interface PageReport {
  url: string;
  title: string;
  contentType: string;
  /** Scholarly metadata read from the page (absent for PDF documents). */
  metadata?: PageMetadata;
}

export type PanelToBackground = {
  ping: { request: Record<string, never>; response: { ok: true; version: string } };
  getTab: { request: { tabId?: number; windowId?: number }; response: TabSummary | null };
  /** After the reader got site access from a click: read that tab's page now. */
  readPage: { request: { tabId: number }; response: { ok: boolean } };
  /** A paper or timer changed: refresh badges and timer alarms. */
  readingChanged: { request: Record<string, never>; response: { ok: true } };
};

export type ContentToBackground = {
  pageReport: { request: PageReport; response: { ok: true } };
};

export type BackgroundToPanel = {
  tabChanged: { request: TabSummary; response: void };
};

type CallMap = Record<string, { request: unknown; response: unknown }>;

export interface Envelope<M extends CallMap, K extends keyof M = keyof M> {
  type: K;
  payload: M[K]['request'];
}

export type Handlers<M extends CallMap, Sender> = {
  [K in keyof M]: (payload: M[K]['request'], sender: Sender) => Promise<M[K]['response']>;
};

/** A shape check per message: returns the payload typed, or null when it is malformed. */
export type Validators<M extends CallMap> = {
  [K in keyof M]: (payload: unknown) => M[K]['request'] | null;
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isOptionalInt = (v: unknown) => v === undefined || Number.isSafeInteger(v);
const isEmpty = (p: unknown): p is Record<string, never> =>
  isRecord(p) && Object.keys(p).length === 0;
const isString = (v: unknown, max = 100_000): v is string =>
  typeof v === 'string' && v.length <= max;

export const panelToBackgroundValidators: Validators<PanelToBackground> = {
  ping: (p) => (isEmpty(p) ? {} : null),
  readingChanged: (p) => (isEmpty(p) ? {} : null),
  readPage: (p) =>
    isRecord(p) && Number.isSafeInteger(p.tabId) ? { tabId: p.tabId as number } : null,
  getTab: (p) =>
    isRecord(p) && isOptionalInt(p.tabId) && isOptionalInt(p.windowId)
      ? { tabId: p.tabId as number | undefined, windowId: p.windowId as number | undefined }
      : null,
};

export const contentToBackgroundValidators: Validators<ContentToBackground> = {
  pageReport: (p) =>
    isRecord(p) && isString(p.url, 8192) && isString(p.title) && isString(p.contentType, 256)
      ? withMetadata({ url: p.url, title: p.title, contentType: p.contentType }, p.metadata)
      : null,
};

export const backgroundToPanelValidators: Validators<BackgroundToPanel> = {
  tabChanged: (p) => parseTabSummary(p),
};

/** Metadata is page text from the sender: kept only when it passes its own strict check. */
function withMetadata<T extends object>(
  base: T,
  metadata: unknown,
): T & { metadata?: PageMetadata } {
  if (metadata === undefined) return base;
  const parsed = parsePageMetadata(metadata);
  return parsed ? { ...base, metadata: parsed } : base;
}

export function parseTabSummary(p: unknown): TabSummary | null {
  if (!isRecord(p)) return null;
  const { tabId, windowId, title, url, contentType } = p;
  if (!Number.isSafeInteger(tabId) || !Number.isSafeInteger(windowId)) return null;
  if (!isString(title) || !isString(url, 8192)) return null;
  if (contentType !== undefined && !isString(contentType, 256)) return null;
  const base = { tabId: tabId as number, windowId: windowId as number, title, url };
  return withMetadata(contentType === undefined ? base : { ...base, contentType }, p.metadata);
}

export type ParsedMessage<M extends CallMap> = {
  [K in keyof M]: { type: K; payload: M[K]['request'] };
}[keyof M];

/** Checks an incoming message against one direction's map; null for anything foreign or malformed. */
export function parseMessage<M extends CallMap>(
  message: unknown,
  validators: Validators<M>,
): ParsedMessage<M> | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  if (!Object.hasOwn(validators, message.type)) return null;
  const type = message.type as keyof M;
  const payload = validators[type](message.payload);
  return payload === null ? null : ({ type, payload } as ParsedMessage<M>);
}

/** Routes a checked message to its handler. */
export function dispatch<M extends CallMap, Sender>(
  message: ParsedMessage<M>,
  handlers: Handlers<M, Sender>,
  sender: Sender,
): Promise<unknown> {
  const handler = handlers[message.type] as (p: unknown, s: Sender) => Promise<unknown>;
  return handler(message.payload, sender);
}
