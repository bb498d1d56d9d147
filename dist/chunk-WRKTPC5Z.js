import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-KJOAA3IJ.js";import"./chunk-MHZ5QYZS.js";import"./chunk-U7TXBNP3.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
