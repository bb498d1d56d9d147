import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{TreeWalk,displayPath,fileItem,fileSource}from"./chunk-7GVV6CAB.js";import"./chunk-6YIYBDEK.js";import"./chunk-2NEGFNLV.js";import"./chunk-STLRX5LK.js";import"./chunk-Z5B62TXL.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{TreeWalk,displayPath,fileItem,fileSource};
