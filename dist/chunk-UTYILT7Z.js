import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{renderHuman}from"./chunk-CHC5HBKI.js";import"./chunk-QQB34TF6.js";import"./chunk-N3EQR5XG.js";import"./chunk-4IXIGKIO.js";import"./chunk-S2NPRKIL.js";import"./chunk-YA3ABTBQ.js";export{renderHuman};
