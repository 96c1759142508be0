import { describe, expect, it } from 'vitest';
import { backupState } from '../../../lib/notes/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-01T00:00:00Z');

describe('the export reminder', () => {
  it('is quiet with no notes, or right after an export', () => {
    expect(backupState([], null, now)).toEqual({ lastExportAt: null, newNotes: 0, due: false });
    expect(backupState([now - 40 * DAY], { at: now - DAY }, now).due).toBe(false);
  });

  it('reminds 30 days after the last export when notes were added since', () => {
    expect(backupState([now - 10 * DAY], { at: now - 29 * DAY }, now).due).toBe(false);
    expect(backupState([now - 10 * DAY], { at: now - 30 * DAY }, now)).toEqual({ lastExportAt: now - 30 * DAY, newNotes: 1, due: true });
  });

  it('reminds after 50 new notes, whatever the date', () => {
    const created = Array.from({ length: 50 }, (_, i) => now - i * 1000);
    expect(backupState(created.slice(0, 49), { at: now - DAY }, now).due).toBe(false);
    expect(backupState(created, { at: now - DAY }, now)).toMatchObject({ newNotes: 50, due: true });
  });

  it('with no export yet, counts from the oldest note', () => {
    expect(backupState([now - 29 * DAY], null, now).due).toBe(false);
    expect(backupState([now - 31 * DAY, now], null, now)).toMatchObject({ newNotes: 2, due: true });
  });
});
