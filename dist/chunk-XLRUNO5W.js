import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-3UKE5LFQ.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{annotation,escapeData,escapeProperty,findingAnnotation,renderGithub};
