// A line this long that ends without a sentence's final mark was wrapped by the page, not ended by the writer.
const WRAP_MIN = 45;
const ENDS_SENTENCE = /[.!?:;]["”’')\]]?\s*$/;

/**
 * News feeds, cables and reposts break lines at a fixed width. When at least three in ten of a
 * text's long lines end mid-sentence, each such single line break (not the first line's: a title)
 * is a space: returns the text with those breaks replaced, same length. One pass over the lines.
 */
export function unwrapLines(text: string): string {
  const soft: number[] = [];
  let long = 0;
  let first = true;
  for (let start = 0; start < text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    if (nl - start >= WRAP_MIN) {
      long++;
      const open = !ENDS_SENTENCE.test(text.slice(Math.max(start, nl - 4), nl));
      // A break before a blank line ends a paragraph, wrapped or not.
      if (open && nl < text.length && !first && !/^[ \t]*\n/.test(text.slice(nl + 1, nl + 80))) soft.push(nl);
      else if (open && first) soft.push(-1);
    }
    if (text.slice(start, nl).trim()) first = false;
    start = nl + 1;
  }
  const open = soft.length;
  if (open < 3 || open * 10 < long * 3) return text;
  const parts: string[] = [];
  let at = 0;
  for (const nl of soft) {
    if (nl < 0) continue;
    parts.push(text.slice(at, nl), ' ');
    at = nl + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
