import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub}from"./chunk-UYMYVZOR.js";import"./chunk-VRNWXAWY.js";import"./chunk-HF3DGCIN.js";import"./chunk-JTS35MXC.js";import"./chunk-C5EJCVR3.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{annotation,annotationOf,escapeData,escapeProperty,findingAnnotation,renderGithub};
