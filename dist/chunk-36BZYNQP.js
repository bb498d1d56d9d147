import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-BYRAYBCP.js";import"./chunk-VRNWXAWY.js";import"./chunk-MCOZLU5H.js";import"./chunk-XYAEJTOO.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
