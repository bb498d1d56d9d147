import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-HZ7TDNPK.js";import"./chunk-6YIYBDEK.js";import"./chunk-47F4CQE2.js";import"./chunk-UQQ7AB6W.js";import"./chunk-Z5B62TXL.js";import"./chunk-FWINLJOH.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
