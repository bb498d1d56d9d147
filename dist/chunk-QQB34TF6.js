import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
var SEVERITIES=["critical","high","medium","low"];function isLive(status){return status==="valid"||status==="valid-limited"}export{SEVERITIES,isLive};
