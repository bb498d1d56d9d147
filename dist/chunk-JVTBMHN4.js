import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{writeFileAtomic}from"./chunk-G2DUBEMP.js";import"./chunk-FZ6IT6VZ.js";import"./chunk-Z5B62TXL.js";import"./chunk-YA3ABTBQ.js";export{writeFileAtomic};
