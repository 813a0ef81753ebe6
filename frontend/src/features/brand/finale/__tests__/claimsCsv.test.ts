import { describe, expect, it } from 'vitest';
import { claimsCsv, type ClaimRow } from '../claimsCsv';

const header: Record<keyof ClaimRow, string> = {
  prize: 'Prize', place: 'Place', winner: 'Winner', story: 'Story', recipientName: 'Name', phone: 'Phone', address: 'Address', claimedAt: 'Claimed',
};
const row: ClaimRow = {
  prize: 'Tote bag', place: 1, winner: 'Ada', story: 'My "lamp", again', recipientName: '王小明',
  phone: '+86 138 0000 0000', address: '上海市\n=HYPERLINK("x")', claimedAt: '2026-12-01T00:00:00.000Z',
};

describe('claimsCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting commas, quotes and line breaks', () => {
    const csv = claimsCsv([row], header);
    expect(csv.startsWith('\uFEFFPrize,Place,Winner,Story,Name,Phone,Address,Claimed\r\n')).toBe(true);
    expect(csv).toContain('"My ""lamp"", again"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps every line of a cell from running as a formula', () => {
    const csv = claimsCsv([row], header);
    expect(csv).toContain(`"上海市\n'=HYPERLINK(""x"")"`);
    expect(csv).toContain(",'+86 138 0000 0000,");
  });
});
