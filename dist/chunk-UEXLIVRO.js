import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-TVNPR6QH.js";import"./chunk-QQB34TF6.js";import"./chunk-6DF344HZ.js";import"./chunk-VRNWXAWY.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
