import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-B4PQTFPQ.js";import"./chunk-E6HOOPWB.js";import"./chunk-47F4CQE2.js";import"./chunk-Z4XR5WM2.js";import"./chunk-Z5B62TXL.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
