import { describe, expect, it } from 'vitest';
import { easyReadHref } from '../../src/lib/site/easy-read-links.ts';
import {
  EASY_READ,
  FLOWCHART,
  HELP,
  HELP_RESTART,
  REFER,
  easyNode,
  guideHref,
  helpNode,
} from '../../src/lib/site/routes.ts';

describe('links while easy read is on', () => {
  it('send "Where do I go for help?" and Start again to the easy read start', () => {
    expect(easyReadHref(HELP)).toBe(EASY_READ);
    expect(easyReadHref(HELP_RESTART)).toBe(EASY_READ);
  });
  it('send a question or outcome to its easy read page', () => {
    expect(easyReadHref(helpNode('could-lose-home'))).toBe(easyNode('could-lose-home'));
  });
  it('leave pages with no easy read version alone', () => {
    for (const href of [FLOWCHART, REFER, guideHref('pets'), '/']) expect(easyReadHref(href)).toBe(href);
  });
});
