import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
function renderJson(report){return`${JSON.stringify(report,null,2)}
`}export{renderJson};
