import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-WSPJCGWG.js";import"./chunk-6YIYBDEK.js";import"./chunk-ZRFUUWG4.js";import"./chunk-IMVDXWE4.js";import"./chunk-Z5B62TXL.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
