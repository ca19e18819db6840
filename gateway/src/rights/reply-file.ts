import { badUserInput } from '../common/errors.js';
import { type InformationFileInput, replyFileMaxBytes, replyMediaTypes } from './information-reply.types.js';

type ReplyMediaType = (typeof replyMediaTypes)[number];

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const signatures: { mediaType: ReplyMediaType; bytes: number[] }[] = [
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/**
 * The bytes and type of a reply's file, or BAD_USER_INPUT saying what is wrong: not base64,
 * empty, too large, or not a JPEG, PNG or PDF by its first bytes (a name says nothing).
 */
export function replyFileOf(file: InformationFileInput): { bytes: Buffer; mediaType: ReplyMediaType; name: string } {
  const field = 'file.contentBase64';
  if (!base64.test(file.contentBase64))
    throw badUserInput('The file is not base64 (RFC 4648, with padding).', { field });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw badUserInput('The file is empty.', { field });
  if (bytes.length > replyFileMaxBytes) {
    throw badUserInput(`The file is larger than ${replyFileMaxBytes} bytes.`, { field, maxBytes: replyFileMaxBytes });
  }
  const known = signatures.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte));
  if (!known) {
    throw badUserInput('Send a JPEG, PNG or PDF file.', { field, mediaTypes: [...replyMediaTypes] });
  }
  const name = file.name.trim();
  if (!name) throw badUserInput('Give the file a name.', { field: 'file.name' });
  return { bytes, mediaType: known.mediaType, name };
}
