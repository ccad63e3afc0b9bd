// Inline style and script of the HTML report: the file must work offline, opened from disk or a mail.

export const CSS = `
:root{--err:#ffcdd2;--err-ink:#b71c1c;--warn:#ffe0b2;--warn-ink:#e65100;--info:#bbdefb;--info-ink:#0d47a1;--line:#cfd8dc}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem;font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;color:#212121;background:#fafafa}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
header.page{display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline;justify-content:space-between}
.counts span{display:inline-block;margin-right:.75rem}
.c-error{color:var(--err-ink)}.c-warning{color:var(--warn-ink)}.c-info{color:var(--info-ink)}
.filters label{margin-left:.75rem;cursor:pointer}
section.report,section.summary{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
.meta{color:#546e7a;margin:.25rem 0}.meta span{margin-right:1rem}
.path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:#607d8b;word-break:break-all}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,24rem);gap:1rem;align-items:start}
@media (max-width:1000px){.pair{grid-template-columns:1fr}}
.scroll{overflow-x:auto}
details.table>summary{cursor:pointer;margin:1.25rem 0 .5rem}details.table>summary h3{display:inline;margin:0}
.count{display:inline-block;min-width:1.4em;padding:0 .4em;border-radius:.7em;background:#eceff1;font-size:.8rem;text-align:center}
.pair>ol.notes{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow-y:auto}
table.grid{border-collapse:collapse;font-size:13px}
table.grid th,table.grid td{border:1px solid #90a4ae;padding:2px 6px;text-align:center;vertical-align:middle}
table.grid th{background:#eceff1;font-weight:600}
table.grid td.label{text-align:left;min-width:12rem}
table.grid td.group{text-align:left;background:#f5f5f5;font-weight:600}
table.grid td.d1{padding-left:1.5rem}table.grid td.d2{padding-left:2.5rem}
table.grid td.v{min-width:3.2rem;font-variant-numeric:tabular-nums;position:relative}
table.grid td.absent{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f0f0f0 4px,#f0f0f0 8px)}
table.grid td.hl-error{background:var(--err);outline:2px solid var(--err-ink);outline-offset:-2px}
table.grid td.hl-warning{background:var(--warn);outline:2px solid var(--warn-ink);outline-offset:-2px}
table.grid td.hl-info{background:var(--info);outline:2px solid var(--info-ink);outline-offset:-2px}
table.grid td.rel{box-shadow:inset 0 0 0 2px #7e57c2}
.badge{display:inline-block;min-width:1.2em;padding:0 .3em;margin-left:.2em;border-radius:.6em;font-size:11px;line-height:1.4;color:#fff;background:#546e7a;vertical-align:super}
.sev-error>.n,.badge.sev-error{background:var(--err-ink)}.sev-warning>.n,.badge.sev-warning{background:var(--warn-ink)}.sev-info>.n,.badge.sev-info{background:var(--info-ink)}
ol.notes{list-style:none;margin:0;padding:0}
ol.notes li{margin:0 0 .5rem;padding:.35rem .5rem;border-left:4px solid #90a4ae;background:#fff;border-radius:3px;box-shadow:0 0 0 1px #eceff1}
ol.notes li.sev-error{border-color:var(--err-ink)}ol.notes li.sev-warning{border-color:var(--warn-ink)}ol.notes li.sev-info{border-color:var(--info-ink)}
ol.notes .n{display:inline-block;min-width:1.4em;text-align:center;border-radius:.7em;color:#fff;font-size:11px;margin-right:.35rem}
ol.notes .sev{font-weight:600;margin-right:.35rem}
ol.notes .rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;color:#607d8b;margin-left:.35rem}
ol.notes .loc{font-size:.8rem;color:#90a4ae;margin-left:.35rem}
p.para{margin:0;white-space:pre-wrap}
mark.hl{padding:0 1px;border-radius:2px;color:inherit}
mark.hl-error{background:var(--err);box-shadow:0 2px 0 var(--err-ink)}
mark.hl-warning{background:var(--warn);box-shadow:0 2px 0 var(--warn-ink)}
mark.hl-info{background:var(--info);box-shadow:0 2px 0 var(--info-ink)}
.para-block{margin:.5rem 0 1rem}.para-block .sec{font-size:.8rem;color:#90a4ae}
pre.excerpt{margin:.25rem 0 0;padding:.25rem .5rem;background:#f5f5f5;white-space:pre-wrap;word-break:break-all;font-size:12px}
table.list{border-collapse:collapse;width:100%;font-size:13px}
table.list th,table.list td{border-bottom:1px solid #eceff1;padding:3px 6px;text-align:left}
table.list td.num,table.list th.num{text-align:right;font-variant-numeric:tabular-nums}
.clean{color:#2e7d32;font-weight:600}
body.hide-info .sev-info,body.hide-warning .sev-warning{display:none}
body.hide-info .hl-info,body.hide-warning .hl-warning{background:none;outline:none;box-shadow:none}
footer{color:#90a4ae;font-size:.8rem;margin-top:2rem}
`;

// Severity filters; everything else is plain HTML so the report reads fine with scripts off.
export const SCRIPT = `(function(){var boxes=document.querySelectorAll('input[data-toggle]');for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',function(e){var cb=e.target;document.body.classList.toggle('hide-'+cb.getAttribute('data-toggle'),!cb.checked);});}})();`;
