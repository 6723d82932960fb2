/**
 * Runs in a paper's page (a classic script, injected only where the manifest or a user's click
 * allows). Reads what the page says about itself and reports it; never changes the page.
 */
import * as browserApi from '../adapters/browser';
import type { PageReport } from '../core/messages';
import { extractPageMetadata } from '../core/metadata/extract-page-metadata';

function report(): PageReport {
  const base = { url: location.href, title: document.title, contentType: document.contentType };
  // A PDF tab's document is the browser's viewer, not the paper: pdf.js reads the file instead.
  if (document.contentType === 'application/pdf') return base;
  return { ...base, metadata: extractPageMetadata(document, location.href) };
}

void browserApi.sendMessage({ type: 'pageReport', payload: report() }).catch(() => undefined);
