import { describe, expect, it } from 'vitest';
import { BUILD_SETTINGS, buildEnv } from '../../src/build-tools/build-env.ts';

describe('buildEnv', () => {
  it('builds with the bundler handing freed memory back at once, keeping everything else in the environment', () => {
    const env = buildEnv({ EDITION: 'bradford', OUT_DIR: 'dist-bradford' });
    expect(env).toEqual({ EDITION: 'bradford', OUT_DIR: 'dist-bradford', MIMALLOC_PURGE_DELAY: '0' });
    expect(BUILD_SETTINGS.MIMALLOC_PURGE_DELAY).toBe('0');
  });

  it('keeps a setting someone has chosen for themselves', () => {
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '1000' }).MIMALLOC_PURGE_DELAY).toBe('1000');
  });
});
