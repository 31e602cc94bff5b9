import { describe, expect, it } from 'vitest';
import { answersHere } from '../../src/lib/tree/answers-shown.ts';
import { ANSWERS_SHOWN } from '../../src/lib/site/storage.ts';
import { OPENED_AT } from '../../src/lib/site/left-guide.ts';

describe('whether a next-steps page shows the answers stored in the tab', () => {
  it('reached from the questions (the guide sent the person to this page): shows them, and marks this history entry', () => {
    expect(answersHere('rent', 'rent', null)).toEqual({ show: true, take: true });
    expect(answersHere('rent', 'rent', { [OPENED_AT]: 5 })).toEqual({ show: true, take: true });
  });

  it('the same entry again (reload, Back, Forward, the browser cache): shows them', () => {
    expect(answersHere('rent', null, { [ANSWERS_SHOWN]: true, [OPENED_AT]: 5 })).toEqual({ show: true, take: false });
  });

  it('opened afresh (a link from another page, a bookmark, typed): shows nothing of them', () => {
    expect(answersHere('rent', null, null)).toEqual({ show: false, take: false });
    expect(answersHere('rent', null, { [OPENED_AT]: 5 })).toEqual({ show: false, take: false });
    // The guide sent the person to another page, not this one.
    expect(answersHere('rent', 'tonight', null)).toEqual({ show: false, take: false });
  });

  it('a history entry that is not ours, or a mark that is not exactly true, counts as opened afresh', () => {
    for (const state of ['x', 1, [], { [ANSWERS_SHOWN]: 'yes' }, { [ANSWERS_SHOWN]: 1 }])
      expect(answersHere('rent', null, state)).toEqual({ show: false, take: false });
  });
});
