// The report page's style sheet (inline in the page; no external font or image).
export const REPORT_CSS = `
body{font:15px/1.45 'Helvetica Neue',Helvetica,Arial,'Liberation Sans',sans-serif;color:#1b1b1f;margin:0 auto;padding:24px;max-width:1200px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.meta{color:#555;margin:0 0 8px}.tools{margin:0;padding-left:20px}
.source{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#444;word-break:break-all}
figure.map{margin:16px 0;border:1px solid #e4e4e4;border-radius:6px;padding:8px}
figure.map svg{display:block;max-width:100%;height:auto}
.totals{font-size:16px}.gaps{columns:3 14em;margin:0;padding-left:20px}
.groups{display:flex;gap:32px;flex-wrap:wrap}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #e0e0e0;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f4f4f6}tr.zone th{background:#fafafa;font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.04em}
td .note,td .source{display:block}.level-full .mark{color:#0a7d32}.level-partial .mark{color:#b86e00}.level-none{color:#888}
@media print{body{padding:0}figure.map{break-inside:avoid}}
`;
