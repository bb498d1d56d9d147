import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-3XMN6X53.js";import"./chunk-4RYGOYZO.js";import"./chunk-M2XIPE7I.js";import"./chunk-B5PSBGC6.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
