import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{require_picocolors}from"./chunk-6DF344HZ.js";import"./chunk-YA3ABTBQ.js";export default require_picocolors();
