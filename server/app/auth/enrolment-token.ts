import { z } from 'zod';

/*
 * A second factor being enrolled is not stored until its first code proves the app has it; until
 * then the secret travels in a token the client sends back with that code. The token is signed
 * (HMAC-SHA256) with a key only the server knows and that every server behind a load balancer
 * shares without a key of its own to configure: the user's current password hash, which is never
 * sent to anyone. It binds the secret to one session and a few minutes, and a password change
 * voids it.
 */

export const ENROLMENT_TTL_MS = 10 * 60 * 1000;

const payloadSchema = z.object({
  session: z.string(),
  secret: z.string().regex(/^[A-Z2-7]+=*$/),
  expiresAt: z.number().int(),
});
type Payload = z.infer<typeof payloadSchema>;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[\w-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    // A length no base64 text has: not a token of ours.
    return null;
  }
}

function keyOf(passwordHash: string) {
  return crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(`chainboard enrolment\u0000${passwordHash}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

export async function signEnrolment(payload: Payload, passwordHash: string): Promise<string> {
  const body = new TextEncoder().encode(JSON.stringify(payload));
  const signature = await crypto.subtle.sign('HMAC', await keyOf(passwordHash), body);
  return `${toBase64Url(body)}.${toBase64Url(new Uint8Array(signature))}`;
}

/** The secret of a token this server signed for this session and not yet expired, or null. */
export async function readEnrolment(
  token: string,
  passwordHash: string,
  { session, nowMs }: { session: string; nowMs: number },
): Promise<string | null> {
  const [bodyText = '', signatureText = '', ...rest] = token.split('.');
  if (rest.length > 0) return null;
  const body = fromBase64Url(bodyText);
  const signature = fromBase64Url(signatureText);
  if (!body || !signature) return null;
  // Verified before the body is read: nothing the client wrote is trusted until then.
  const genuine = await crypto.subtle.verify('HMAC', await keyOf(passwordHash), signature, body);
  if (!genuine) return null;
  const payload = payloadSchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
  if (!payload.success) return null;
  if (payload.data.session !== session || payload.data.expiresAt <= nowMs) return null;
  return payload.data.secret;
}
