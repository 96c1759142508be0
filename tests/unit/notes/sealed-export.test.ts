import { describe, expect, it } from 'vitest';
import { importNotesFile } from '../../../lib/notes/import';
import { openClaimLensDb } from '../../../lib/notes/db';
import { makeNote } from '../../../lib/notes/model';
import { NoteStore } from '../../../lib/notes/store';
import { openSealed, PBKDF2_ITERATIONS, readSealed, sealExport, WrongPassphraseError } from '../../../lib/notes/sealed-export';
import { exportJson } from '../../../lib/notes/transfer';

const notes = [
  makeNote(
    { url: 'https://news.example/a', title: 'A', text: 'my private source is J. at the ministry', tags: ['src'], claimId: 'c-1' },
    1,
  ),
];

describe('the passphrase-encrypted export', () => {
  it('round-trips, names its algorithms, and carries no plaintext', async () => {
    const plain = exportJson(notes, '0.1.0');
    const sealed = await sealExport(plain, 'correct horse battery staple');
    expect(sealed).not.toContain('ministry');
    const file = readSealed(sealed)!;
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(file.cipher.name).toBe('AES-GCM');
    expect(await openSealed(file, 'correct horse battery staple')).toBe(plain);
    // A fresh salt and IV each time.
    expect(readSealed(await sealExport(plain, 'correct horse battery staple'))!.kdf.salt).not.toBe(file.kdf.salt);
  });

  it('refuses a wrong passphrase and a changed file the same way', async () => {
    const file = readSealed(await sealExport(exportJson(notes, '0.1.0'), 'correct horse battery staple'))!;
    await expect(openSealed(file, 'wrong horse battery staple')).rejects.toBeInstanceOf(WrongPassphraseError);
    const bytes = atob(file.data);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(openSealed({ ...file, data: flipped }, 'correct horse battery staple')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('is told apart from a plain export, and a weakened or damaged envelope is refused', async () => {
    expect(readSealed(exportJson(notes, '0.1.0'))).toBeNull();
    const sealed = JSON.parse(await sealExport('{}', 'correct horse battery staple'));
    expect(() => readSealed(JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations: 1 } }))).toThrow(/damaged/);
    expect(() => readSealed(JSON.stringify({ ...sealed, data: '%%%' }))).toThrow(/damaged/);
  });

  it('a sealed file given to the plain importer is refused with the store untouched', async () => {
    const name = `claimlens-sealed-${Date.now()}`;
    const store = new NoteStore(() => openClaimLensDb(name));
    await store.insert(notes[0]!);
    const report = await importNotesFile(store, await sealExport(exportJson(notes, '0.1.0'), 'correct horse battery staple'));
    expect(report.ok).toBe(false);
    expect(await store.all()).toEqual(notes);
  });
});
