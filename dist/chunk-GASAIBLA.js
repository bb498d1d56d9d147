import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-5WHN5ITD.js";import"./chunk-4RYGOYZO.js";import"./chunk-3Q7EUCK7.js";import"./chunk-WMREXYIN.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
