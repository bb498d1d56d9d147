import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{escapeXml,renderJunit}from"./chunk-ICJX6TYR.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{escapeXml,renderJunit};
