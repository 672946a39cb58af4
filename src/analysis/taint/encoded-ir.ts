// A file's data-flow IR as JSON text, the form it crosses threads in and waits in on the main thread. The IR is
// plain JSON data; as an object graph, structured cloning copied it node by node twice (worker → main with the
// file's result, main → the solve worker), 0.45 s for the standard library's IRs, most of it on the scan's serial
// tail. As text it is encoded where it was extracted (in parallel), copied as bytes, and parsed once where it is
// solved; the main thread holds ~8 MB of strings instead of the objects.
import type { FileResult } from '../file-result.js';
import type { FileIR } from './ir.js';
import { TAINT_PASS_ID } from './pass.js';

export interface EncodedIR {
  readonly encodedIR: string;
}

export function encodeIR(ir: FileIR): EncodedIR {
  return { encodedIR: JSON.stringify(ir) };
}

function isEncoded(value: unknown): value is EncodedIR {
  return typeof value === 'object' && value !== null && typeof (value as EncodedIR).encodedIR === 'string';
}

function isFileIR(value: unknown): value is FileIR {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as FileIR).v === 2 &&
    Array.isArray((value as FileIR).functions)
  );
}

/** A pass-data value as a FileIR (decoding an encoded one), or undefined when it is neither. */
export function decodeIR(value: unknown): FileIR | undefined {
  if (isFileIR(value)) return value;
  if (!isEncoded(value)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.encodedIR);
  } catch {
    return undefined;
  }
  return isFileIR(parsed) ? parsed : undefined;
}

/**
 * An IR held in either form, decoded; throws when text held as an IR is not one, so the solve fails (and the scan
 * is marked incomplete) instead of leaving that file's data flow out unnoticed.
 */
export function requireIR(held: FileIR | EncodedIR): FileIR {
  const ir = decodeIR(held);
  if (!ir) throw new Error("a file's data-flow IR could not be read back");
  return ir;
}

/** Whether a pass-data value is an IR in either form, without decoding it. */
export function holdsIR(value: unknown): value is FileIR | EncodedIR {
  return isFileIR(value) || isEncoded(value);
}

/** `result` with its IR encoded, for a worker's reply (the same object when it has no IR object to encode). */
export function withEncodedIR(result: FileResult): FileResult {
  const ir = result.passData?.[TAINT_PASS_ID];
  if (!isFileIR(ir)) return result;
  return { ...result, passData: { ...result.passData, [TAINT_PASS_ID]: encodeIR(ir) } };
}
