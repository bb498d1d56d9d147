import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-HVCEJD3Q.js";import"./chunk-4RYGOYZO.js";import"./chunk-42R2CJVD.js";import"./chunk-4KXD5LDE.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
