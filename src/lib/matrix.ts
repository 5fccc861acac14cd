/**
 * "Who promised what": commitments laid out as a grid of parties (rows) by domains (columns).
 * A commitment lands in every cell of each of its parties and each of its domains; rows and
 * columns with no commitment are left out. Any list of commitments will do (the whole site, one
 * summit's), so the same picture serves every page that needs it.
 */
import { DOMAINS, STATUSES, type Domain, type Status } from '../schemas/commitment.ts';
import type { Country } from '../schemas/country.ts';
import { countByStatus, type CommitmentRecord } from './site-index.ts';

/** The status a commitment is shown with: where it stands now. */
export const statusOf = (record: CommitmentRecord): Status => record.current.status;

export interface MatrixRow {
  party: string;
  /** The party's name, or its id when the site does not know it. */
  name: string;
  /** One cell per column of the matrix, in the same order; an empty list is a blank cell. */
  cells: CommitmentRecord[][];
}

export interface CommitmentMatrix {
  /** Domains that hold at least one commitment, in the schema's order. */
  domains: Domain[];
  /** Parties that made at least one commitment, in the order of `countries` (by name). */
  rows: MatrixRow[];
}

export function commitmentMatrix(
  records: readonly CommitmentRecord[],
  countries: ReadonlyMap<string, Pick<Country, 'name'>>,
): CommitmentMatrix {
  const used = new Set(records.flatMap(({ commitment }) => commitment.domains));
  const domains = DOMAINS.filter((domain) => used.has(domain));
  const column = new Map(domains.map((domain, index) => [domain, index]));
  const byParty = new Map<string, CommitmentRecord[][]>();
  for (const record of records) {
    for (const party of record.commitment.parties) {
      let cells = byParty.get(party);
      if (!cells) byParty.set(party, (cells = domains.map(() => [])));
      for (const domain of record.commitment.domains) cells[column.get(domain)!]!.push(record);
    }
  }
  const known = [...countries.keys()];
  const order = [...known.filter((party) => byParty.has(party)), ...[...byParty.keys()].filter((party) => !countries.has(party)).sort()];
  return {
    domains,
    rows: order.map((party) => ({ party, name: countries.get(party)?.name ?? party, cells: byParty.get(party)! })),
  };
}

/** A cell lists each of its commitments up to this many; beyond, it counts them by status. */
export const MAX_MARKS_PER_CELL = 4;

export type CellMarks =
  | { kind: 'each'; records: CommitmentRecord[] }
  | { kind: 'by-status'; counts: { status: Status; count: number }[] };

/** What a cell shows: each commitment while few, else how many stand at each status. */
export function cellMarks(cell: readonly CommitmentRecord[], limit = MAX_MARKS_PER_CELL): CellMarks {
  if (cell.length <= limit) return { kind: 'each', records: [...cell] };
  const counts = countByStatus(cell);
  return { kind: 'by-status', counts: STATUSES.flatMap((status) => (counts.has(status) ? [{ status, count: counts.get(status)! }] : [])) };
}
