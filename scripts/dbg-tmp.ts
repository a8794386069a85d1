import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const server = await serveStatic('dist', {});
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url + '/middle-corridor/');
console.log(
  await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '#fig-corridor-volumes svg.figure__svg, #fig-corridor-volumes .figure__art',
      ),
    ].map(
      (s) =>
        `${s.getAttribute('class')} ${getComputedStyle(s).display} ${getComputedStyle(s).containerType} ${Math.round(s.getBoundingClientRect().width)}`,
    ),
  ),
);
await browser.close();
await server.close();
