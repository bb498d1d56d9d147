import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-WAAHZL7J.js";import"./chunk-3EBRR5ZI.js";import"./chunk-QQB34TF6.js";import"./chunk-N3EQR5XG.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
