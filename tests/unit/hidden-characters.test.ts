/**
 * Hidden characters in content: the zero-width joiner (U+200D) and non-joiner (U+200C) are part of
 * how Urdu, Persian, Bengali, Hindi, Punjabi and Gujarati are written, so the content check lets
 * them stand between letters of those scripts. Anywhere else they hide text (in an English word)
 * or break a phone number, so they are refused, as every other zero-width character is.
 */
import { describe, expect, it } from 'vitest';
import { hiddenCharacterProblem } from '../../src/lib/content/schema.ts';

const ZWNJ = '\u200C';
const ZWJ = '\u200D';

describe('joiners in scripts that need them are accepted', () => {
  it.each([
    ['Persian or Urdu: a non-joiner between Arabic-script letters (می‌خواهم)', `می${ZWNJ}خواهم`],
    ['Urdu: a joiner after an Arabic-script letter, before another (ہ‍ے)', `ہ${ZWJ}ے`],
    ['Bengali: a joiner between ra and the virama, for the ra-phala (র‍্যাব)', `র${ZWJ}্যাব`],
    ['Hindi: a non-joiner after a virama (क्‌ष)', `क्${ZWNJ}ष`],
    ['Punjabi (Gurmukhi): a non-joiner between letters', `ਸ${ZWNJ}ਤ`],
    ['Gujarati: a joiner between letters', `ક્${ZWJ}ષ`],
    ['in a sentence with English numbers around it', `999 پر کال کریں۔ می${ZWNJ}خواهم`],
  ])('%s', (_, text) => {
    expect(hiddenCharacterProblem(text)).toBeNull();
  });
});

describe('joiners anywhere else are refused', () => {
  it.each([
    ['inside an English word', `text${ZWJ} relay`],
    ['inside a phone number', `0800${ZWNJ}111`],
    ['between an Arabic-script letter and a Latin one', `ی${ZWNJ}a`],
    ['between an Arabic-script letter and a digit', `ی${ZWJ}9`],
    ['at the start of Urdu text', `${ZWNJ}اردو`],
    ['at the end of Bengali text', `বাংলা${ZWJ}`],
    ['two joiners in a row between Urdu letters', `ی${ZWNJ}${ZWNJ}خ`],
    ['between letters of two different scripts', `ক${ZWJ}ی`],
  ])('%s', (_, text) => {
    expect(hiddenCharacterProblem(text)).toMatch(/^contains a hidden character \(U\+200[CD]\)/);
  });
  it('still refuses the zero-width space between Urdu letters', () => {
    expect(hiddenCharacterProblem('ی\u200Bخ')).toMatch(/U\+200B/);
  });
});
