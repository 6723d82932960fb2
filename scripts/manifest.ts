/**
 * One source manifest.json, two targets. Chrome gets a service worker and the side panel; Firefox
 * gets an event page and the sidebar. Everything else is shared.
 */
export type Target = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel']);

export function manifestFor(source: Json, target: Target): Json {
  const manifest = structuredClone(source);
  const background = manifest.background as {
    service_worker: string;
    scripts: string[];
    type?: string;
  };
  if (target === 'chrome') {
    delete manifest.sidebar_action;
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: background.service_worker, type: background.type };
    return manifest;
  }
  delete manifest.side_panel;
  manifest.background = { scripts: background.scripts, type: background.type };
  for (const key of ['permissions', 'optional_permissions'] as const) {
    const list = manifest[key] as string[] | undefined;
    if (list) manifest[key] = list.filter((p) => !CHROME_ONLY_PERMISSIONS.has(p));
  }
  return manifest;
}
