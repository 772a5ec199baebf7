/*
 * Pagefind separates the words of neighbouring elements only for a fixed list of tags (p, td,
 * li, div, headings…). Astro writes compact HTML, so a table's header cells, a definition list
 * or two spans laid out apart by CSS reach it as `<th>Fase</th><th>Emoción</th>` or
 * `<span>Protagonista</span><strong>María` and come out of the index as one word,
 * "FaseEmoción": unsearchable, and unreadable in a result's excerpt. The pages are right as
 * they are; it is the copy handed to the indexer that gets a space at the edges of these
 * elements. Spans are among them: the components use them for separate fields (a label and
 * its value, a figure and its unit), never to split a word.
 */

/** Elements whose text Pagefind would glue to its neighbours'. */
const GLUED_BLOCKS = ['th', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'blockquote', 'figure', 'header', 'aside', 'dl', 'ol', 'table', 'tr', 'details', 'legend', 'address', 'pre', 'span'];

const EDGES = new RegExp(`<(/?)(${GLUED_BLOCKS.join('|')})(?=[\\s>/])`, 'gi');

/** The page's HTML with a space before every opening and closing tag of those elements. */
export function separateBlockText(html: string): string {
  return html.replace(EDGES, ' <$1$2');
}

/** Changes whenever separateBlockText() does, so kept shard indexes made by an older version are not reused. */
export const SEARCH_TEXT_VERSION = '1';
