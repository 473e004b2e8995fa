import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../support/e2e-context';
import { readHighlights, waitForHighlights } from '../support/page-highlights';

const e2e = useExtensionBrowser();

// Page shapes from public bug reports against other highlighting tools (issue 14), one page each.
describe('kinds of real pages', () => {
  it('reads a <br> inside a name as whitespace: the highlight covers both lines', async () => {
    const page = await e2e.open('line-break-names.html');
    await waitForHighlights(page);
    await expect
      .poll(async () => (await readHighlights(page)).map((m) => `${m.category} ${m.text}`).sort())
      .toEqual(['firm ARXRobotics', 'program European DefenceFund', 'program NATO Innovation\nFund']);
    await page.close();
  });
});
