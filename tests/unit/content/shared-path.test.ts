import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../support/shared';

describe('tests that read ../shared', () => {
  it('fail under CI=true when what they read is missing, and only skip elsewhere', () => {
    expect(() => sharedPath('no-such-corpus', { CI: 'true' })).toThrow(/missing, and CI=true/);
    expect(sharedPath('no-such-corpus', {})).toMatchObject({ present: false });
  });
});
