import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHtml}from"./chunk-MS5JXSST.js";import"./chunk-YBSQJ26Y.js";import"./chunk-QQB34TF6.js";import"./chunk-VRNWXAWY.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{renderHtml};
