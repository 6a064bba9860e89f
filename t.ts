import { extractFigures } from "./src/audit/extractFigures.js";
for (const t of ["有序推进36项整改任务，其中21项已完成",
"全市150个黑臭水体治理任务中120个已完成治理，占任务总量的80%",
"交办的2310件信访事项，已办结2255件",
"在轉交的1200件信訪舉報件中，屬實300件，部分屬實500件",
"責令整改850家，立案處罰320家，罰款2150.5萬元，拘留15人，約談190人，問責230人",
"责令整改850家，立案处罚320家，罚款2150.5万元，拘留15人，约谈190人，问责230人",
"交办的1786件信访件，已办结1691件，办结率94%",
"截至2024年6月底，有序推进36项整改任务，其中21项已完成。",
])
{ const r = extractFigures(t); console.log(JSON.stringify(r.quantities.map(q=>[q.value,q.unit,q.role,q.asOf])), r.findings.map(f=>f.code+":"+f.message["zh-CN"])); }
