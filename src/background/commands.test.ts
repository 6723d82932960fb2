/**
 * Keyboard commands and the toolbar menu, driven through a fake browser adapter over a real
 * (fake-indexeddb) reading database: what the reader's shortcut does to their paper and timer.
 */
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReadingDatabase } from '../adapters/database';
import { isRunning } from '../core/reading/timer';

const fake = vi.hoisted(() => ({
  activeTab: {
    tabId: 3,
    windowId: 1,
    title: '[2106.09608] A paper',
    url: 'https://arxiv.org/abs/2106.09608v2',
  } as { tabId: number; windowId: number; title: string; url: string } | null,
  onCommand: undefined as ((command: string) => void) | undefined,
  onMenu: undefined as ((id: string) => void) | undefined,
  onInstalled: undefined as (() => void) | undefined,
  opened: [] as string[],
  menuItems: [] as string[],
}));

vi.mock('../adapters/browser', () => ({
  getActiveTab: async () => (fake.activeTab ? { ...fake.activeTab } : null),
  onCommand: (listener: (command: string) => void) => {
    fake.onCommand = listener;
  },
  onContextMenuClick: (listener: (id: string) => void) => {
    fake.onMenu = listener;
  },
  onInstalled: (listener: () => void) => {
    fake.onInstalled = listener;
  },
  createActionMenuItem: (id: string) => fake.menuItems.push(id),
  openExtensionPage: async (path: string) => {
    fake.opened.push(path);
  },
  clearAlarm: async () => undefined,
  setAlarm: () => undefined,
  setRepeatingAlarm: () => undefined,
}));

let commands: typeof import('./commands');

beforeAll(async () => {
  commands = await import('./commands');
  commands.startCommands();
});

beforeEach(() => {
  fake.opened.length = 0;
});

describe('keyboard commands', () => {
  it('opens the library from its shortcut and from the toolbar menu', () => {
    fake.onInstalled?.();
    expect(fake.menuItems).toContain('open-library');
    fake.onCommand?.('open-library');
    fake.onMenu?.('open-library');
    expect(fake.opened).toEqual(['library/library.html', 'library/library.html']);
  });

  it('starts pass 1 of a paper not yet in the library, then pauses it on the next press', async () => {
    await commands.toggleCurrentTimer(1_000);
    const db = await openReadingDatabase();
    const paper = await db.getPaper('arxiv:2106.09608');
    expect(paper?.state).toEqual({ kind: 'in-pass', pass: 1 });
    let [timer] = await db.getTimers('arxiv:2106.09608');
    expect(timer && isRunning(timer)).toBe(true);

    await commands.toggleCurrentTimer(61_000);
    [timer] = await db.getTimers('arxiv:2106.09608');
    expect(timer?.runningSince).toBeNull();
    expect(timer?.accumulatedMs).toBe(60_000);
    db.close();
  });

  it('times the pass the reader is in', async () => {
    const db = await openReadingDatabase();
    const paper = (await db.getPaper('arxiv:2106.09608'))!;
    await db.putPaper({ ...paper, state: { kind: 'in-pass', pass: 2 } });
    await commands.toggleCurrentTimer(100_000);
    const running = await db.getRunningTimer();
    expect(running).toMatchObject({ paperKey: 'arxiv:2106.09608', pass: 2 });
    await commands.toggleCurrentTimer(101_000);
    db.close();
  });

  it('does nothing on a page that is not a paper', async () => {
    fake.activeTab = { tabId: 4, windowId: 1, title: 'News', url: 'https://news.example/' };
    await commands.toggleCurrentTimer(200_000);
    const db = await openReadingDatabase();
    expect(await db.getRunningTimer()).toBeUndefined();
    expect((await db.listPapers()).map((p) => p.key)).toEqual(['arxiv:2106.09608']);
    db.close();
  });
});
