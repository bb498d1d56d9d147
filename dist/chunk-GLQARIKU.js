import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-GHIWQ6Y5.js";import"./chunk-4RYGOYZO.js";import"./chunk-L7UANUUW.js";import"./chunk-N3R46TTV.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
