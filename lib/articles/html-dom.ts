/**
 * One shared jsdom window for the server-side HTML pipeline (sanitize,
 * canonicalize). Creating a JSDOM costs tens of milliseconds, so it is made
 * once per process. Documents are created in standards mode (with a doctype)
 * because that is how browsers parse the reader page: in quirks mode the
 * parser nests tables inside paragraphs differently.
 */
import { JSDOM } from 'jsdom';

let shared: JSDOM | undefined;

/** The shared window (created on first use). */
export function sharedWindow(): JSDOM['window'] {
  shared ??= new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  return shared.window;
}

/** Parses an HTML fragment into a detached `<div>` container of a fresh standards-mode document. */
export function parseFragment(html: string): HTMLDivElement {
  const win = sharedWindow();
  const doc = win.document.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  container.innerHTML = html;
  return container;
}
