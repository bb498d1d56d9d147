import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-VJZTFHBS.js";import"./chunk-KX3XDVET.js";import"./chunk-TPH23ZYO.js";import"./chunk-P5A7V3DR.js";import"./chunk-Z5B62TXL.js";import"./chunk-DF3KEMTQ.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
