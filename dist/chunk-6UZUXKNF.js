import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{escapeXml,renderJunit}from"./chunk-3OBBJH5T.js";import"./chunk-4IXIGKIO.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{escapeXml,renderJunit};
