/**
 * A passphrase-encrypted export: the JSON export, sealed with AES-256-GCM under a key derived from the
 * passphrase with PBKDF2-HMAC-SHA-256 (600,000 iterations, OWASP's 2023 figure for that hash; a random 16-byte
 * salt and 12-byte IV per file). WebCrypto only: nothing is hand-rolled. GCM's tag makes a wrong passphrase
 * and a tampered file fail the same way, before anything reaches the store.
 */
import { t } from '../i18n';

export const SEALED_FORMAT = 'claimlens-notes-sealed';
export const SEALED_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** An honest file never asks for fewer (weak) or for so many that opening it hangs the popup. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super(t('sealedWrongPassphrase'));
  }
}

export interface SealedFile {
  claimlens: { format: typeof SEALED_FORMAT; version: number };
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

export async function sealExport(plainText: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  if (!passphrase) throw new Error(t('sealedNoPassphrase'));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText));
  const file: SealedFile = {
    claimlens: { format: SEALED_FORMAT, version: SEALED_VERSION },
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(sealed)),
  };
  return JSON.stringify(file);
}

/** The parsed envelope when `fileText` is a sealed export, else null (a plain export, or anything else). */
export function readSealed(fileText: string): SealedFile | null {
  if (!fileText.includes(SEALED_FORMAT)) return null;
  let root: unknown;
  try {
    root = JSON.parse(fileText);
  } catch {
    return null;
  }
  const f = root as Partial<SealedFile> | null;
  if (f?.claimlens?.format !== SEALED_FORMAT) return null;
  if (f.claimlens.version !== SEALED_VERSION) throw new Error(t('sealedOtherVersion'));
  const b64 = (x: unknown) => typeof x === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(x);
  const it = f.kdf?.iterations;
  if (
    f.kdf?.name !== 'PBKDF2' ||
    f.kdf.hash !== 'SHA-256' ||
    typeof it !== 'number' ||
    !Number.isInteger(it) ||
    it < MIN_ITERATIONS ||
    it > MAX_ITERATIONS ||
    !b64(f.kdf.salt) ||
    f.cipher?.name !== 'AES-GCM' ||
    !b64(f.cipher.iv) ||
    !b64(f.data)
  )
    throw new Error(t('sealedDamaged'));
  return f as SealedFile;
}

/** The JSON export inside; WrongPassphraseError for a wrong passphrase or a changed file. */
export async function openSealed(file: SealedFile, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations, 'decrypt');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.cipher.iv) as BufferSource },
      key,
      fromBase64(file.data) as BufferSource,
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
