import { describe, expect, it } from 'vitest';
import { withoutAstroDirectiveWarnings } from '../../src/build-tools/quiet-warnings.ts';

const shown = (warning: { code?: string; message: string }) => {
  const out: string[] = [];
  withoutAstroDirectiveWarnings(warning, (w) => out.push(w.message));
  return out;
};

describe('withoutAstroDirectiveWarnings', () => {
  it("leaves out only the warning about Astro's own directive at the top of each MDX page", () => {
    expect(
      shown({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/guide/a.mdx" may not be preserved when bundling.',
      }),
    ).toEqual([]);
  });

  it('shows every other warning, including the same kind for another directive', () => {
    const other = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved.',
    };
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    expect(shown(other)).toEqual([other.message]);
    expect(shown(circular)).toEqual([circular.message]);
  });
});
