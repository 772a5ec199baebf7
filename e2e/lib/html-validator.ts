import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

/**
 * html-validate's recommended rules, with the exceptions Journeybook needs; each one is
 * explained here and in docs/quality.md. Anything not listed is an error.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Values that come from the content or the settings (the accent colour, an emotion's colour,
    // how many columns a phase spans) reach the stylesheet as CSS custom properties on the
    // element; they cannot live in a static stylesheet. Any other inline style is still an error.
    'no-inline-style': ['error', { allowVariables: true, allowedProperties: [] }],
    // A page title is the author's journey or persona name followed by the handbook's name; the
    // 70-character advice is about search-engine result pages, and cutting an author's title
    // short would hide the part that tells two journeys apart.
    'long-title': 'off',
    // Heading ids come from the author's heading text ("## 3 esperas" → id="3-esperas",
    // "## — y después" → id="-y-después"). HTML allows any id without whitespace, and the strict
    // mode's concern — ids usable as CSS selectors without escaping — does not apply: nothing
    // selects headings by id. Relaxed mode still rejects empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
  },
};

export interface PageProblem {
  rule: string;
  message: string;
  line: number;
  column: number;
  selector: string | null;
}

let validator: HtmlValidate | undefined;

/** Validates one built page; returns its problems (errors and warnings), none for a valid page. */
export async function validateHtml(html: string, file: string): Promise<PageProblem[]> {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message: Message) => ({
      rule: message.ruleId,
      message: message.message,
      line: message.line,
      column: message.column,
      selector: message.selector,
    })),
  );
}
