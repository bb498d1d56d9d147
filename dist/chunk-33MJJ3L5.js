import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-LUWNNT6F.js";import"./chunk-QQB34TF6.js";import"./chunk-N3EQR5XG.js";import"./chunk-VRNWXAWY.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
