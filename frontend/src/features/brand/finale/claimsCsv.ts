/**
 * The claims as CSV for the people who ship the prizes: RFC 4180, a byte-order mark so Excel
 * shows Chinese, CRLF between records, and every line of a cell that a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR) prefixed with an apostrophe, as the stories export does.
 */
export interface ClaimRow {
  prize: string;
  place: number;
  winner: string;
  story: string;
  recipientName: string;
  phone: string;
  address: string;
  claimedAt: string;
}

const COLUMNS: (keyof ClaimRow)[] = ['prize', 'place', 'winner', 'story', 'recipientName', 'phone', 'address', 'claimedAt'];

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const inert = value
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && /^[=+\-@\t\r]/.test(part) ? `'${part}` : part))
    .join('');
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export function claimsCsv(rows: readonly ClaimRow[], header: Record<keyof ClaimRow, string>): string {
  const lines = [COLUMNS.map((column) => cell(header[column])), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
