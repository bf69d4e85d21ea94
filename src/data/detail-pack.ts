/**
 * Detail packs (docs/data-contract.md, "Detail packs"): at national scale one file per report is
 * too many files, so a run may write reports' details as gzip members concatenated in pack files,
 * each member on its own so that one report is one HTTP range. Pure and isomorphic: the extract
 * command plans where members go with it, the dashboard and the Node readers cut members out.
 */

import { shortHash } from '../lib/short-hash';
import type { DetailPack, JurisdictionEntry } from './schema';

/** A pack is closed and the next part begun when a member would take it past this. */
export const PACK_SIZE_CAP = 8 * 1024 * 1024;

/** Where packs live in the data folder. */
export const PACK_FOLDER = 'details';

/** What a report's pack is chosen by: its place and its year. */
export interface PackPlace {
  readonly jurisdiction: Pick<JurisdictionEntry, 'code' | 'province' | 'city'>;
  readonly year: number | null;
}

/**
 * The pack a report belongs in, without the part number: `<province>-<city>-<year>` from the
 * division code (`43-4301-2020`), `<province>-<year>` for a report of the province itself or of a
 * place directly under it, `x<hash>-<year>` for a place without a code (by its province and city
 * names), `unplaced-<year>` when not even the province is known. A city's reports of one year lie
 * together: the views that open many details (a city's comparison, a download) read few packs.
 */
export function packGroupOf({ jurisdiction, year }: PackPlace): string {
  const yearPart = year === null ? 'noyear' : String(year);
  const { code, province, city } = jurisdiction;
  if (code !== null && /^\d{2}/.test(code)) {
    const cityCode = code.slice(2, 4);
    return cityCode.length === 2 && cityCode !== '00'
      ? `${code.slice(0, 2)}-${code.slice(0, 4)}-${yearPart}`
      : `${code.slice(0, 2)}-${yearPart}`;
  }
  if (province !== null) return `x${shortHash(`${province}|${city ?? ''}`)}-${yearPart}`;
  return `unplaced-${yearPart}`;
}

/** The file of part `part` (1, 2, …) of a group: the first part has no number. */
export function packPath(group: string, part: number): string {
  return `${PACK_FOLDER}/${group}${part === 1 ? '' : `-${part}`}.pack`;
}

/**
 * Decides where each member goes, in the order they are appended: at the end of its group's current
 * part, or at the start of a new part when the current one would pass the cap (a member larger than
 * the cap gets a part of its own). No I/O: the writer appends the bytes where it is told.
 */
export class PackPlanner {
  private readonly open = new Map<string, { part: number; size: number }>();

  constructor(private readonly cap: number = PACK_SIZE_CAP) {}

  place(group: string, length: number): DetailPack {
    if (!Number.isInteger(length) || length <= 0) throw new Error(`a pack member of ${length} bytes`);
    let current = this.open.get(group);
    if (current === undefined) {
      current = { part: 1, size: 0 };
      this.open.set(group, current);
    } else if (current.size > 0 && current.size + length > this.cap) {
      current.part += 1;
      current.size = 0;
    }
    const placed = { path: packPath(group, current.part), offset: current.size, length };
    current.size += length;
    return placed;
  }
}

/** The HTTP Range header value that asks for exactly one member. */
export function memberRange(pack: DetailPack): string {
  return `bytes=${pack.offset}-${pack.offset + pack.length - 1}`;
}

/** Why a member could not be cut out of the bytes given: they end before it does. */
export class MemberOutOfRange extends Error {
  override readonly name = 'MemberOutOfRange';
}

/** The member's bytes out of a whole pack (a view, not a copy). */
export function memberOf(packBytes: Uint8Array, pack: DetailPack): Uint8Array {
  const end = pack.offset + pack.length;
  if (end > packBytes.length) throw new MemberOutOfRange(`the pack has ${packBytes.length} bytes, the member ends at ${end}`);
  return packBytes.subarray(pack.offset, end);
}
