import { describe, expect, it } from 'vitest';
import { shareRepeatedTemplates } from '../../src/lib/pop-templates.ts';

const fact =
  '<template class="fact-pop" data-pagefind-ignore><p class="pop__name">GDP</p></template>';
const note =
  '<template class="note-pop" data-pagefind-ignore><p class="pop__name">Note 3</p></template>';
const link = (n: number) => `<a class="has-pop" href="/facts/#gdp">${n}</a>`;

describe('popover templates repeated on a page', () => {
  it('leaves a page whose templates all differ as it is', () => {
    const html = `<p>${link(1)}${fact} and ${link(2)}${note}</p>`;
    expect(shareRepeatedTemplates(html)).toBe(html);
  });

  it('keeps the first copy, with an id, and leaves each repeat an empty template naming it, after its own link', () => {
    const html = `<p>${link(1)}${fact}, ${link(2)}${note}, ${link(3)}${fact}, ${link(4)}${fact}</p>`;
    const shared = fact.replace('<template', '<template id="pop-t1"');
    expect(shareRepeatedTemplates(html)).toBe(
      `<p>${link(1)}${shared}, ${link(2)}${note}, ${link(3)}<template data-pop="pop-t1"></template>, ${link(4)}<template data-pop="pop-t1"></template></p>`,
    );
  });

  it('counts only byte-identical templates as repeats', () => {
    const other = fact.replace('GDP', 'GDP per head');
    const html = `${fact}${other}`;
    expect(shareRepeatedTemplates(html)).toBe(html);
  });
});
