/**
 * Runs in a paper's page (a classic script, injected only where the manifest or a user's click
 * allows). Reads what the page says about itself and reports it; never changes the page.
 */
import * as browserApi from '../adapters/browser';
import type { PageReport } from '../core/messages';

function report(): PageReport {
  return { url: location.href, title: document.title, contentType: document.contentType };
}

void browserApi.sendMessage({ type: 'pageReport', payload: report() }).catch(() => undefined);
