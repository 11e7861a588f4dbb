// Neutral placeholder images (SVG) for photos the source text does not include.
export function placeholderSvg(label: string, tone = 0): string {
  const fills = ["#d9dee4", "#dfe3e0", "#e2dfe6"];
  const fill = fills[tone % fills.length];
  const safe = label.replace(/[<>&"]/g, "");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450" role="img"><rect width="800" height="450" fill="${fill}"/><g fill="none" stroke="#7b8794" stroke-width="10" stroke-linejoin="round"><rect x="330" y="160" width="140" height="100" rx="10"/><circle cx="400" cy="210" r="28"/><path d="M360 160l14-22h52l14 22"/></g><text x="400" y="320" font-family="system-ui,sans-serif" font-size="26" fill="#4a5561" text-anchor="middle">${safe}</text></svg>`;
}
