import { extractFigures } from "./src/audit/extractFigures.js";
const t = "据了解,第二批7个督察组共收到群众信访举报3598件,向被督察地方交办2973件。目前,7个市州共办结信访件2313件,责令整改企业1324家,立案处罚282家,处罚金额1492余万元,立案侦查14件,行政拘留7人,刑事拘留6人,组织处理158人,党纪政纪处分32人。";
const r = extractFigures(t); console.log(JSON.stringify(r.figures.map(f=>[f.kind,f.quote])), r.findings.map(f=>f.message["zh-CN"]));
