import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/ingest/iso-date.ts';
import { cleanMetadataTitle, titleFromFileName, titleFromText } from '../../src/ingest/title.ts';

describe('titleFromText', () => {
  it('skips page furniture, bylines, dates and page numbers', () => {
    expect(titleFromText('Share\nPrint\n3\n12 May 2014\nBy Jane Doe\nThe Army Reform Plan\nBody.')).toBe('The Army Reform Plan');
  });

  it('gives up when a body paragraph or a generic heading comes first', () => {
    expect(titleFromText(`${'Long body sentence about defense spending. '.repeat(5)}\nShort Line`)).toBeNull();
    expect(titleFromText('Abstract\nThis paper studies something.')).toBeNull();
    expect(titleFromText('')).toBeNull();
  });
});

describe('cleanMetadataTitle / titleFromFileName', () => {
  it('drops placeholder titles and keeps real ones', () => {
    expect(cleanMetadataTitle('Untitled')).toBeNull();
    expect(cleanMetadataTitle('report_final.docx')).toBeNull();
    expect(cleanMetadataTitle('  Naval   Strategy 2030 ')).toBe('Naval Strategy 2030');
  });

  it('uses the file name without its extension', () => {
    expect(titleFromFileName('/x/y/defense-white-paper.v2.pdf')).toBe('defense-white-paper.v2');
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2019-09-20T08:30:00+06:00', '2019-09-20'],
    ['2019/9/2', '2019-09-02'],
    ["D:20150317093000+05'00'", '2015-03-17'],
    ['20150317', '2015-03-17'],
    ['12 May 2014', '2014-05-12'],
    ['Monday, March 3rd, 2008', '2008-03-03'],
    ['Sept. 30, 2011', '2011-09-30'],
  ])('%s -> %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['', '2014', 'May 2014', '2019-02-30', 'yesterday', 'not a date'])('%s -> null', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });
});
