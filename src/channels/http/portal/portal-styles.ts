// The portal's stylesheet, served at /portal/portal.css: one column on a phone, cards in a grid on a desk.
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
:root{--ink:#18181b;--muted:#71717a;--line:#e4e4e7;--bg:#f4f4f5;--card:#fff;--accent:#1d4ed8;--ok:#15803d;--warn:#b45309;--bad:#b91c1c}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
a{color:var(--accent)}
header.bar{background:var(--card);border-bottom:1px solid var(--line)}
header.bar .in{max-width:1040px;margin:0 auto;padding:12px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px}
.brand{font-weight:700;font-size:18px;color:var(--ink);text-decoration:none;margin-right:auto;overflow-wrap:anywhere}
.brand small{display:block;font-weight:400;font-size:13px;color:var(--muted)}
nav.links{display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px;font-size:15px}
nav.links a{text-decoration:none}
nav.links a.on{font-weight:600;color:var(--ink)}
main{max-width:1040px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;line-height:1.25;margin:0 0 8px;overflow-wrap:anywhere}
h2{font-size:17px;margin:0 0 12px}
p{margin:0 0 12px}
.muted{color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px;margin:0 0 16px;min-width:0}
.narrow{max-width:440px;margin:40px auto}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px;align-items:start}
.grid .card{margin:0}
.wide{grid-column:1/-1}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0 0 16px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.stat b{display:block;font-size:22px;font-variant-numeric:tabular-nums}
.stat span{color:var(--muted);font-size:13px}
table{width:100%;border-collapse:collapse;font-size:15px}
th,td{text-align:left;padding:9px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr:last-child td{border-bottom:0}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain li{padding:8px 0;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
ul.plain li:last-child{border-bottom:0}
.badge{display:inline-block;font-size:12px;font-weight:600;padding:2px 8px;border-radius:999px;background:#eef2ff;color:var(--accent);white-space:nowrap}
.badge.paid,.badge.completed{background:#dcfce7;color:var(--ok)}
.badge.due,.badge.on_hold{background:#fef3c7;color:var(--warn)}
.badge.overdue,.badge.cancelled{background:#fee2e2;color:var(--bad)}
label{display:block;font-weight:600;font-size:14px;margin:0 0 6px}
input[type=email],input[type=text],input[type=tel]{width:100%;font:inherit;padding:11px 12px;border:1px solid #d4d4d8;border-radius:8px;background:#fff;margin:0 0 14px}
input:focus{outline:2px solid var(--accent);outline-offset:1px}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:11px 20px;border:0;border-radius:8px;background:var(--accent);color:#fff;cursor:pointer;text-decoration:none}
button.full{width:100%}
button.link{background:none;color:var(--accent);padding:0;font-weight:400}
form.inline{display:inline}
.error{color:var(--bad);font-size:14px;margin:-8px 0 12px}
.notice{background:#ecfdf5;border:1px solid #bbf7d0;border-radius:8px;padding:10px 12px;margin:0 0 16px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
footer{max-width:1040px;margin:0 auto;padding:0 20px 32px;color:var(--muted);font-size:13px}
@media (max-width:640px){
  main{padding:16px 14px 40px}
  h1{font-size:22px}
  .card{padding:16px}
  .narrow{margin:16px auto}
  table.stack thead{display:none}
  table.stack tr{display:block;padding:10px 0;border-bottom:1px solid var(--line)}
  table.stack tr:last-child{border-bottom:0}
  table.stack td{display:flex;justify-content:space-between;gap:12px;border:0;padding:3px 0;text-align:right}
  table.stack td::before{content:attr(data-label);color:var(--muted);font-size:13px;text-align:left}
  table.stack td.num{white-space:normal}
  table.stack td>span{min-width:0;overflow-wrap:anywhere}
  .stats{grid-template-columns:repeat(3,minmax(0,1fr));gap:8px}
  .stat{padding:10px}
  .stat b{font-size:15px;overflow-wrap:anywhere}
  .stat span{font-size:12px}
}
`;
