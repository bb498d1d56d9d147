import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{escapeXml,renderJunit}from"./chunk-6ARSWCOM.js";import"./chunk-HIPWPH5K.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{escapeXml,renderJunit};
