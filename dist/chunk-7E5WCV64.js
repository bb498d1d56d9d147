import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-KIYSTNMO.js";import"./chunk-6H4TJPX7.js";import"./chunk-U7TXBNP3.js";import"./chunk-HF3DGCIN.js";import"./chunk-JTS35MXC.js";import"./chunk-C5EJCVR3.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
