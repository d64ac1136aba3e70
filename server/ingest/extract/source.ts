/**
 * Source texts
 * ============
 *
 * What an upload or a file may be: plain text, Markdown or HTML (reduced to its text with html-to-text, links
 * and images dropped, paragraphs kept as blank lines). Binary content is refused rather than guessed at.
 */
import { convert } from 'html-to-text';

export type SourceFormat = 'text' | 'markdown' | 'html';

export class NotTextError extends Error {
  override name = 'NotTextError';
}

export function formatOf(file: string, content: string): SourceFormat {
  if (/\.html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(content)) return 'html';
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  return 'text';
}

/** Refuses content with NUL bytes or mostly control characters: it is not text. */
export function assertText(content: string): void {
  const sample = content.slice(0, 8192);
  // Control characters are what tells a binary upload from text.
  // eslint-disable-next-line no-control-regex
  const control = (sample.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  if (sample.includes('\u0000') || control > sample.length * 0.01) throw new NotTextError('is binary, not text');
}

/** The plain text of a source, whose offsets the proposals refer to. */
export function toPlainText(content: string, format: SourceFormat): string {
  assertText(content);
  if (format === 'html') {
    return convert(content, {
      wordwrap: false,
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        { selector: 'script', format: 'skip' },
        { selector: 'style', format: 'skip' },
        { selector: 'nav', format: 'skip' },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false } },
        { selector: 'h3', options: { uppercase: false } },
        { selector: 'table', format: 'dataTable' },
      ],
    }).trim();
  }
  if (format === 'markdown') {
    return content
      .replace(/```[\s\S]*?```/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/(\*\*|__)(.*?)\1/g, '$2')
      .replace(/^\s*[-*+]\s+/gm, '• ')
      .trim();
  }
  return content.replace(/\r\n?/g, '\n');
}
