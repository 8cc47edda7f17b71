import { launchChromium } from './browser.js';

/** A made-up address the deck is served at inside the browser; nothing ever resolves it. */
const DECK_URL = 'http://deck.invalid/deck.html?print-pdf';

/**
 * Print an HTML deck to PDF through Chromium: reveal.js's own print layout
 * (`?print-pdf`), one slide a page, pages the size of the slide. The deck is handed to
 * the browser from memory and every other request is refused, as when it opens from disk.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === DECK_URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort('blockedbyclient'),
    );
    // reveal.js announces the end of its print layout with a 'pdf-ready' event on the deck.
    await page.addInitScript({ content: "document.addEventListener('pdf-ready', () => { window.deckwrightPdfReady = true; }, true);" });
    await page.goto(DECK_URL);
    // A function, not a string: the deck's policy forbids eval, which polling a string needs.
    await page.waitForFunction(() => {
      const w = globalThis as unknown as { deckwrightPdfReady?: boolean; document: { fonts: { status: string } } };
      return w.deckwrightPdfReady === true && w.document.fonts.status === 'loaded';
    });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
