import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{mergeReports}from"./chunk-N6E4BL2M.js";import"./chunk-IIZUEHXY.js";import"./chunk-U7TXBNP3.js";import"./chunk-42R2CJVD.js";import"./chunk-4KXD5LDE.js";import"./chunk-YA3ABTBQ.js";export{mergeReports};
