import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{writeFileAtomic}from"./chunk-44E55VLN.js";import"./chunk-MVB67WDA.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{writeFileAtomic};
