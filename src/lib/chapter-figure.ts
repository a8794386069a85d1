/**
 * The embeds and the storyboard both render a whole chapter and keep one figure's <Scrolly> from it:
 * this parses the chapter's HTML the one way both need and finds that figure, or says which page
 * cannot be made without it.
 */
import { selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export function chapterFigure(
  html: string,
  figure: string,
  chapter: string,
  /** What fails without it, e.g. "/storyboard/ cannot show it". */
  consequence: string,
): { doc: Document; section: Element } {
  const doc = parseDocument(html, {
    lowerCaseAttributeNames: false,
    lowerCaseTags: false,
    recognizeSelfClosing: true,
  });
  const section = selectOne<AnyNode, Element>(`figure.scrolly[data-figure="${figure}"]`, doc);
  if (!section)
    throw new Error(
      `The chapter "${chapter}" has no <Scrolly figure="${figure}">, so ${consequence}.`,
    );
  return { doc, section };
}
