import { type DataRequestFragment, ReplyToInformationRequestDocument } from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';

/** The gateway's limit (decision 20), checked here first so the person hears at once. */
export const replyFileMaxBytes = 700_000;
export const replyFileTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;

/** Why a file cannot go, as a key of `rightsAnswers.reply`. */
export type ReplyFileProblem = 'tooLarge' | 'wrongType';

export function replyFileProblem(file: File): ReplyFileProblem | null {
  if (!(replyFileTypes as readonly string[]).includes(file.type)) return 'wrongType';
  if (file.size > replyFileMaxBytes) return 'tooLarge';
  return null;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: one String.fromCharCode call per byte of a large file would overflow the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The office's latest question on a request; null when it asked nothing. */
export function questionOf(request: DataRequestFragment): string | null {
  return request.history.findLast((step) => step.step === 'information-requested')?.note ?? null;
}

/** Whether the person answered since the office last asked. */
export function answeredSinceAsked(request: DataRequestFragment): boolean {
  const asked = request.history.findLastIndex((step) => step.step === 'information-requested');
  return request.history.findLastIndex((step) => step.step === 'information-replied') > asked;
}

/** Sends the answer (and the file, if any) with a fresh idempotency key; returns the request as it stands. */
export async function sendReply(
  client: GraphQLClient,
  requestId: string,
  text: string,
  file: File | null,
): Promise<DataRequestFragment> {
  const content = file && file.size > 0 ? { name: file.name, contentBase64: await base64Of(file) } : null;
  return (await client.mutate(ReplyToInformationRequestDocument, { requestId, text, file: content }))
    .replyToInformationRequest;
}
