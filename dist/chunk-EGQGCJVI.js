import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-R4TRTGP4.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
