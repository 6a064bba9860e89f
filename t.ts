import { extractFigures } from "./src/audit/extractFigures.js";
for (const t of ["据了解,我省66项整改任务已完成37项,其余29项正加快推进;督察组进驻期间移交的3665个信访举报问题,已整改完成3569个,完成率97.4%。",
"第一轮中央生态环境保护督察及“回头看”155项整改任务,已完成152项;12735个群众信访投诉问题,已完成12729个。"])
{ const r = extractFigures(t); console.log(JSON.stringify(r.figures.map(f=>[f.kind,f.quote])), r.findings.map(f=>f.code)); }
