import { describe, expect, it } from 'vitest';
import { PartialDates, formatPartialDate, labelPartialDate, yearOf } from './date.ts';

describe('partial dates', () => {
  it('keep the precision the text gave', () => {
    expect(PartialDates.month(2008, 2)).toEqual({ start: '2008-02-01', end: '2008-02-29', precision: 'month' });
    expect(PartialDates.month(2007, 2).end).toBe('2007-02-28');
    expect(PartialDates.decade(1990)).toEqual({ start: '1990-01-01', end: '1999-12-31', precision: 'decade' });
  });

  it('print in the eval contract at their precision', () => {
    expect(formatPartialDate(PartialDates.day(2003, 5, 7))).toBe('2003-05-07');
    expect(formatPartialDate(PartialDates.month(2003, 9))).toBe('2003-09');
    expect(formatPartialDate(PartialDates.year(1994))).toBe('1994');
    expect(formatPartialDate(PartialDates.interval(PartialDates.year(1992), PartialDates.year(2000)))).toBe('1992/2000');
    expect(formatPartialDate(PartialDates.interval(PartialDates.month(2008, 2), PartialDates.month(2010, 6)))).toBe('2008-02/2010-06');
    expect(formatPartialDate(PartialDates.decade(1990))).toBe('1990/1999');
  });

  it('label for people at their precision', () => {
    expect(labelPartialDate(PartialDates.month(2008, 2))).toBe('Feb 2008');
    expect(labelPartialDate(PartialDates.decade(1990))).toBe('1990s');
    expect(labelPartialDate(PartialDates.interval(PartialDates.year(2008), PartialDates.year(2013)))).toBe('2008–2013');
    expect(labelPartialDate(PartialDates.day(2001, 9, 11))).toBe('11 Sep 2001');
    expect(yearOf(PartialDates.day(2001, 9, 11))).toBe(2001);
  });
});
