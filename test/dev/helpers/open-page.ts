import type { Page } from 'playwright-core';

/**
 * Opens a URL in a tab dev serves; again when a reload the server asked for interrupts it (the page
 * open before may reload, its article saved or its locale's lists laid out again, as the new one loads).
 */
export async function open(page: Page, address: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.goto(address);
    } catch (error) {
      if (attempt >= 10 || !/interrupted by another navigation|net::ERR_ABORTED/.test((error as Error).message))
        throw error;
      await page.waitForLoadState('load').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
