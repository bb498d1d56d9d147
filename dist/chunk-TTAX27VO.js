import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-PQYLSV55.js";import"./chunk-VABBPJ5J.js";import"./chunk-U7TXBNP3.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
