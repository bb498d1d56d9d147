import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-AX6J2H4Y.js";import"./chunk-PZNUEFQ2.js";import"./chunk-U7TXBNP3.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
