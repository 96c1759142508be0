import { NotesQuotaError, type NoteStore } from './store';
import { t } from '../i18n';
import { planImport, reportMessage, type ImportReport } from './transfer';

/**
 * Check a file, then write its valid, new records in one transaction. A refused file, a full disk
 * or any failure mid-way leaves the store exactly as it was.
 */
export async function importNotesFile(store: NoteStore, fileText: string): Promise<ImportReport> {
  const plan = planImport(fileText);
  if (!plan.ok) return { ok: false, imported: 0, duplicates: 0, invalid: [], message: plan.error };
  try {
    const outcome = await store.importNotes(plan.records);
    const duplicates = outcome.duplicates.length;
    return {
      ok: true,
      imported: outcome.imported,
      duplicates,
      invalid: plan.invalid,
      message: reportMessage(outcome.imported, duplicates, plan.invalid),
    };
  } catch (err) {
    const message = err instanceof NotesQuotaError ? err.message : t('errorNothingImported', (err as Error)?.message ?? String(err));
    return { ok: false, imported: 0, duplicates: 0, invalid: plan.invalid, message };
  }
}
