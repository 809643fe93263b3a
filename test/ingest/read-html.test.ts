import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

const paragraph = 'The general staff announced an exercise with three motorized rifle brigades near the border. ';

const page = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Exercise Announced | Example Defense News</title>
<meta property="article:published_time" content="2019-09-20T08:30:00+06:00">
<style>.x { color: red }</style>
<script>var trackingSecret = "SCRIPT_TEXT";</script>
</head><body>
<header class="site-header"><a href="/">SITE_HEADER_TEXT</a></header>
<nav><ul><li>NAV_TEXT Home</li><li>World</li></ul></nav>
<main>
<article>
<header><h1>Exercise Announced</h1><p class="byline">By A. Writer</p></header>
<p>${paragraph}It&nbsp;involved &amp; tested <b>air&#8209;defense</b> units &mdash; at night.</p>
<div class="share-buttons">SHARE_TEXT Facebook Twitter</div>
<ul><li>First point</li><li>Second point</li></ul>
<p>Line one<br>Line two</p>
<table><tr><th>Unit</th><th>Size</th></tr><tr><td>Brigade</td><td>3,000</td></tr></table>
<pre>  indented
    code</pre>
<p style="display:none">HIDDEN_TEXT</p>
</article>
<aside>ASIDE_TEXT related stories</aside>
</main>
<form><label>FORM_TEXT Subscribe</label></form>
<noscript>NOSCRIPT_TEXT</noscript>
<footer>FOOTER_TEXT copyright</footer>
</body></html>`;

describe('readDocument: .html', () => {
  it('keeps the main text and drops scripts, navigation and other chrome', async () => {
    const doc = await readDocument(dir.file('exercise.html', page));
    expect(doc.format).toBe('html');
    for (const marker of ['SCRIPT_TEXT', 'NAV_TEXT', 'SITE_HEADER_TEXT', 'SHARE_TEXT', 'HIDDEN_TEXT', 'ASIDE_TEXT',
      'FORM_TEXT', 'NOSCRIPT_TEXT', 'FOOTER_TEXT', 'color: red']) {
      expect(doc.text).not.toContain(marker);
    }
    expect(doc.text).toContain('three motorized rifle brigades');
  });

  it('puts block elements on their own lines and decodes entities', async () => {
    const doc = await readDocument(dir.file('exercise2.html', page));
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Exercise Announced');
    expect(lines).toContain('By A. Writer');
    expect(doc.text).toContain('It involved & tested air\u2011defense units \u2014 at night.');
    expect(lines).toContain('First point');
    expect(lines).toContain('Second point');
    expect(lines).toContain('Line one');
    expect(lines).toContain('Line two');
    expect(lines).toContain('Brigade\t3,000');
    expect(doc.text).toContain('  indented\n    code');
  });

  it('takes the title without the site name and the date from article meta', async () => {
    const doc = await readDocument(dir.file('exercise3.html', page));
    expect(doc.title).toBe('Exercise Announced');
    expect(doc.publishedDate).toBe('2019-09-20');
  });

  it('uses <title> when there is no h1, and a plain date meta', async () => {
    const html = '<html><head><title>Plain Page</title><meta name="date" content="2012-03-04"></head>' +
      '<body><div>Only a div of text.</div></body></html>';
    const doc = await readDocument(dir.file('plain.htm', html));
    expect(doc.title).toBe('Plain Page');
    expect(doc.publishedDate).toBe('2012-03-04');
    expect(doc.text).toBe('Only a div of text.');
  });

  it('decodes a page in its declared legacy charset', async () => {
    // "Армия" in windows-1251
    const bytes = new Uint8Array([
      ...Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
      0xc0, 0xf0, 0xec, 0xe8, 0xff,
      ...Buffer.from('</p></body></html>'),
    ]);
    const doc = await readDocument(dir.file('cyr.html', bytes));
    expect(doc.text).toBe('\u0410\u0440\u043c\u0438\u044f');
  });
});
