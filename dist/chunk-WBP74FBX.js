import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-CTE6LLKB.js";import"./chunk-AIVR5X5M.js";import"./chunk-U7TXBNP3.js";import"./chunk-WPG7DLDP.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
