/**
 * What counts as a contact detail: email addresses and phone numbers by
 * shape, without taking dates, times, amounts or example addresses for one.
 */
import {describe, expect, test} from 'vitest';
import {findContacts} from '../../src/checks/personal-data';

describe('findContacts', () => {
  test.each([
    ['Write to ana.kovac@mail-of-a-town.eu.', ['email address ana.kovac@mail-of-a-town.eu']],
    ['Call +370 37 123 456 or +44 (0)28 4461 2233.', ['phone number +370 37 123 456', 'phone number +44 (0)28 4461 2233']],
    ['Tel. 037 123 456; телефон: 02 123 4567', ['phone number 037 123 456', 'phone number 02 123 4567']],
  ])('%s', (text, expected) => {
    expect(findContacts(text).map((f) => `${f.kind} ${f.value}`)).toEqual(expected);
  });

  test.each([
    'From 13 to 15 April 2021, 10:00-14:00 CET.',
    'A grant of EUR 148,680.00 for 2019-2021 (+20% on 2018).',
    'Period: 2020-09-01 to 2021-09-19; 3,000 participants; about 20,000 Europeans.',
    'The hotel 2021 report; an example address name@example.org; tests at x@host.test.',
  ])('no contact in: %s', (text) => {
    expect(findContacts(text)).toEqual([]);
  });
});
