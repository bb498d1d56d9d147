import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderSarif}from"./chunk-7LT3K5KR.js";import"./chunk-QH3AK5FP.js";import"./chunk-HF3DGCIN.js";import"./chunk-JTS35MXC.js";import"./chunk-C5EJCVR3.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{renderSarif};
