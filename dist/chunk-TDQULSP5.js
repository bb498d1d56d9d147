import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{escapeXml,renderJunit}from"./chunk-SMPWJPYW.js";import"./chunk-VRNWXAWY.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{escapeXml,renderJunit};
