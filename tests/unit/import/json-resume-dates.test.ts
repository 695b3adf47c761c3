import { describe, expect, it } from 'vitest';
import { formatDateRange, formatResumeDate } from '../../../src/core/import/json-resume-dates';

describe('formatResumeDate', () => {
  it.each([
    ['2019', '2019'],
    ['2019-04', 'Apr 2019'],
    ['2019-12-31', 'Dec 2019'],
    [' 2020-01 ', 'Jan 2020'],
    ['2019-13', '2019-13'],
    ['Spring 2018', 'Spring 2018'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j -> %j', (input, expected) => {
    expect(formatResumeDate(input)).toBe(expected);
  });
});

describe('formatDateRange', () => {
  it('says Present when a start has no end', () => {
    expect(formatDateRange('2021-03', undefined)).toEqual({ startDate: 'Mar 2021', endDate: 'Present' });
    expect(formatDateRange(null, null)).toEqual({ startDate: '', endDate: '' });
    expect(formatDateRange(undefined, '2020')).toEqual({ startDate: '', endDate: '2020' });
  });
});
