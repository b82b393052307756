import { BackupError } from './format';

/*
 * An encrypted backup (docs/backup-format.md): a 44-byte header, then the gzip backup encrypted
 * with AES-256-GCM under a key stretched from the passphrase with PBKDF2-HMAC-SHA-256. Web
 * Crypto only, so the Node server, the commands and the in-browser demo share this code.
 */

/** The first bytes of every encrypted backup; a plain one starts with gzip's 1f 8b. */
const MAGIC = new TextEncoder().encode('CHAINBOARD');
export const ENCRYPTED_BACKUP_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023), as for the users' password hashes. */
export const BACKUP_KDF_ITERATIONS = 600_000;
/** Read from the file; bounded so a doctored header cannot make a restore run for hours. */
const MAX_KDF_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + SALT_BYTES + IV_BYTES;

/** Whether `bytes` begin as an encrypted backup does (whatever follows). */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * The AES key of `passphrase` and `salt`. The passphrase is taken in Unicode's composed form
 * (NFC): one typed on a system that sends decomposed accents opens the file too.
 */
async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Encrypts a backup file. The header is the cipher's additional data: a changed byte in it
 * (fewer iterations, say) fails the decryption as a changed byte of the data does.
 */
export async function encryptBackup(
  backup: Uint8Array,
  passphrase: string,
  { iterations = BACKUP_KDF_ITERATIONS }: { iterations?: number } = {},
): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  let at = MAGIC.length;
  header[at++] = ENCRYPTED_BACKUP_VERSION;
  header[at++] = KDF_PBKDF2_SHA256;
  view.setUint32(at, iterations);
  at += 4;
  header.set(salt, at);
  header.set(iv, at + SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header },
    key,
    new Uint8Array(backup),
  );
  const file = new Uint8Array(HEADER_BYTES + sealed.byteLength);
  file.set(header, 0);
  file.set(new Uint8Array(sealed), HEADER_BYTES);
  return file;
}

/**
 * The gzip backup inside an encrypted one. A wrong passphrase and a changed file are the same
 * to AES-GCM (its tag does not match), and the message says both.
 */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (!isEncryptedBackup(file)) throw new BackupError('This backup is not encrypted');
  if (file.length < HEADER_BYTES + 16) {
    throw new BackupError('The encrypted backup is damaged: it is cut short');
  }
  const header = file.slice(0, HEADER_BYTES);
  const view = new DataView(header.buffer);
  let at = MAGIC.length;
  const version = header[at++];
  const kdf = header[at++];
  const iterations = view.getUint32(at);
  at += 4;
  if (version !== ENCRYPTED_BACKUP_VERSION) {
    throw new BackupError(
      `The encrypted backup is of format version ${version}; this version of Chainboard reads version ${ENCRYPTED_BACKUP_VERSION}`,
    );
  }
  if (kdf !== KDF_PBKDF2_SHA256 || iterations < 1 || iterations > MAX_KDF_ITERATIONS) {
    throw new BackupError(
      'The encrypted backup is damaged: its key derivation is not one this version reads',
    );
  }
  const salt = header.slice(at, at + SALT_BYTES);
  const iv = header.slice(at + SALT_BYTES, HEADER_BYTES);
  const key = await deriveKey(passphrase, salt, iterations, 'decrypt');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: header },
      key,
      file.slice(HEADER_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new BackupError(
      'The passphrase is wrong, or the encrypted backup was changed after it was written',
    );
  }
}
