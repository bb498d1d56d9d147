import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-3LRLMZCX.js";import"./chunk-ZY2M6CUP.js";import"./chunk-U7TXBNP3.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
