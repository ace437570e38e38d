/** Small Markdown builders for GitHub-flavoured Markdown comments. */

/**
 * Escapes text so that Markdown shows it literally inside a line of a paragraph or a table cell:
 * emphasis, code, links, HTML, strikethrough and cell separators.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
}

/**
 * Text in a code span, fenced with more backticks than it holds in a row and with pipes escaped
 * so that it also stays whole inside a table cell. Line breaks become spaces.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** Column alignment of a table. */
export type Alignment = 'left' | 'center';

/**
 * A table with a header row. Cells are Markdown already (escape text with escapeText); empty
 * cells stay empty.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignments: readonly Alignment[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const rule = header.map((_, column) => (alignments[column] === 'center' ? ':-:' : '---'));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * A collapsed section: GitHub shows `summary` and opens `body` on a click. The blank lines let
 * Markdown inside the body render.
 */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Escapes text for HTML, e.g. inside a `<summary>`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
