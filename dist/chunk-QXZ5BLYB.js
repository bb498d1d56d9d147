import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-PNR25JYR.js";import"./chunk-6YIYBDEK.js";import"./chunk-Y4YQV6DC.js";import"./chunk-Z4XR5WM2.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
