import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor } from './manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('manifestFor', () => {
  it('gives Chrome a service worker and the side panel, and nothing Firefox-only', () => {
    const m = manifestFor(source, 'chrome');
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.side_panel).toEqual({ default_path: 'panel/sidepanel.html' });
    expect(m.permissions).toContain('sidePanel');
    expect(m).not.toHaveProperty('sidebar_action');
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox an event page, the sidebar and a gecko id, and no side panel', () => {
    const m = manifestFor(source, 'firefox');
    expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(m).not.toHaveProperty('side_panel');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.sidebar_action).toMatchObject({ default_panel: 'panel/sidepanel.html' });
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.strict_min_version).toBe('142.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('never asks for every site at install', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(source, target);
      const scripts = m.content_scripts as { matches: string[] }[];
      for (const s of scripts) expect(s.matches).not.toContain('<all_urls>');
      expect(m.host_permissions).not.toContain('<all_urls>');
    }
  });

  it('does not change its input', () => {
    const copy = structuredClone(source);
    manifestFor(source, 'firefox');
    expect(source).toEqual(copy);
  });
});

describe('least privilege', () => {
  const adapter = readFileSync(new URL('../src/adapters/browser.ts', import.meta.url), 'utf8');
  // Permissions that grant access rather than an API namespace.
  const grants = new Set(['activeTab', 'unlimitedStorage']);

  it('asks only for permissions whose API the browser adapter uses', () => {
    const all = [...source.permissions, ...(source.optional_permissions ?? [])] as string[];
    for (const permission of all.filter((p) => !grants.has(p))) {
      expect(adapter, `${permission} is asked for but never used`).toMatch(
        new RegExp(`(browser|chrome)\\.${permission}\\.`),
      );
    }
  });

  it('uses activeTab through scripting, the only way it grants anything here', () => {
    expect(source.permissions).toContain('scripting');
    expect(adapter).toMatch(/browser\.scripting\.executeScript/);
  });
});
