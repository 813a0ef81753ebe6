/**
 * Pictures for the demo, drawn here as SVG (sharp renders them to JPEG): a fresh clone needs no
 * downloads and no stock photos. Each is a small still life on a warm background.
 */
export type Illustration = 'mug' | 'plant' | 'lamp' | 'watermelon' | 'icecream' | 'fan' | 'candle' | 'books' | 'sun';

const PALETTES = [
  ['#fdf0e3', '#f4a261', '#e76f51', '#2a9d8f'],
  ['#eef6f2', '#84a98c', '#52796f', '#f6bd60'],
  ['#fff4e6', '#ffb4a2', '#e5989b', '#6d6875'],
  ['#e8f1fb', '#8ecae6', '#219ebc', '#ffb703'],
  ['#fbf3d5', '#d6a2ad', '#9ca3db', '#445a67'],
];

export function drawIllustration(kind: Illustration, variant: number, width = 1200, height = 900): string {
  const [bg, a, b, c] = PALETTES[variant % PALETTES.length];
  const cx = width / 2;
  const floor = height * 0.78;
  const shapes: Record<Illustration, string> = {
    mug: `<rect x="${cx - 150}" y="${floor - 260}" width="300" height="260" rx="36" fill="${a}"/>
          <path d="M ${cx + 150} ${floor - 200} q 110 0 110 80 q 0 80 -110 80" stroke="${a}" stroke-width="34" fill="none"/>
          <path d="M ${cx - 60} ${floor - 300} q 20 -40 0 -80 M ${cx + 20} ${floor - 300} q 20 -40 0 -80" stroke="${c}" stroke-width="12" fill="none" stroke-linecap="round"/>`,
    plant: `<path d="M ${cx - 120} ${floor - 180} h 240 l -30 180 h -180 z" fill="${b}"/>
            <ellipse cx="${cx - 80}" cy="${floor - 300}" rx="60" ry="130" fill="${c}" transform="rotate(-25 ${cx - 80} ${floor - 300})"/>
            <ellipse cx="${cx + 80}" cy="${floor - 300}" rx="60" ry="130" fill="${c}" transform="rotate(25 ${cx + 80} ${floor - 300})"/>
            <ellipse cx="${cx}" cy="${floor - 360}" rx="55" ry="150" fill="${a}"/>`,
    lamp: `<path d="M ${cx - 170} ${floor - 330} h 340 l -70 -170 h -200 z" fill="${a}"/>
           <rect x="${cx - 14}" y="${floor - 330}" width="28" height="300" fill="${c}"/>
           <ellipse cx="${cx}" cy="${floor - 20}" rx="140" ry="30" fill="${b}"/>
           <circle cx="${cx}" cy="${floor - 300}" r="260" fill="${a}" opacity="0.15"/>`,
    watermelon: `<path d="M ${cx - 300} ${floor - 200} a 300 300 0 0 0 600 0 z" fill="#2d6a4f"/>
                 <path d="M ${cx - 270} ${floor - 200} a 270 270 0 0 0 540 0 z" fill="#ef476f"/>
                 ${[-150, -60, 30, 120].map((dx, i) => `<ellipse cx="${cx + dx}" cy="${floor - 120 + (i % 2) * 40}" rx="10" ry="18" fill="#222"/>`).join('')}`,
    icecream: `<path d="M ${cx - 110} ${floor - 330} l 110 330 l 110 -330 z" fill="#e9c46a"/>
               <circle cx="${cx - 60}" cy="${floor - 360}" r="95" fill="${a}"/>
               <circle cx="${cx + 60}" cy="${floor - 360}" r="95" fill="${b}"/>
               <circle cx="${cx}" cy="${floor - 450}" r="95" fill="${c}"/>`,
    fan: `<circle cx="${cx}" cy="${floor - 380}" r="200" fill="none" stroke="${c}" stroke-width="16"/>
          ${[0, 120, 240].map((r) => `<ellipse cx="${cx}" cy="${floor - 480}" rx="55" ry="100" fill="${a}" transform="rotate(${r} ${cx} ${floor - 380})"/>`).join('')}
          <circle cx="${cx}" cy="${floor - 380}" r="30" fill="${b}"/>
          <rect x="${cx - 12}" y="${floor - 180}" width="24" height="170" fill="${c}"/>
          <ellipse cx="${cx}" cy="${floor - 10}" rx="120" ry="26" fill="${c}"/>`,
    candle: `<rect x="${cx - 90}" y="${floor - 300}" width="180" height="300" rx="20" fill="${a}"/>
             <path d="M ${cx} ${floor - 420} q 50 60 0 110 q -50 -50 0 -110" fill="#ffb703"/>
             <circle cx="${cx}" cy="${floor - 360}" r="180" fill="#ffb703" opacity="0.12"/>`,
    books: [0, 1, 2]
      .map((i) => `<rect x="${cx - 220 + i * 20}" y="${floor - 90 - i * 90}" width="${440 - i * 40}" height="80" rx="10" fill="${[a, b, c][i]}"/>`)
      .join(''),
    sun: `<circle cx="${cx}" cy="${floor - 360}" r="150" fill="#ffb703"/>
          ${Array.from({ length: 12 }, (_, i) => `<rect x="${cx - 8}" y="${floor - 620}" width="16" height="70" rx="8" fill="#fb8500" transform="rotate(${i * 30} ${cx} ${floor - 360})"/>`).join('')}
          <path d="M 0 ${floor} q ${width / 4} -60 ${width / 2} 0 t ${width / 2} 0 v ${height - floor} h -${width} z" fill="${c}"/>`,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="${bg}"/>
  <rect y="${floor}" width="100%" height="${height - floor}" fill="${b}" opacity="0.25"/>
  ${shapes[kind]}
</svg>`;
}
