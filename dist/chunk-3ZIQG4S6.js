import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BATCH,DetectorPool,WorkerFailure,batchesInFlight,defaultWorkerCount,prestartWorkers}from"./chunk-6SXMUDCV.js";import"./chunk-W2GNRQTZ.js";import"./chunk-TMMCDA7H.js";import"./chunk-6YIYBDEK.js";import"./chunk-DWD3QJJG.js";import"./chunk-Y4YQV6DC.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-YA3ABTBQ.js";export{BATCH,DetectorPool,WorkerFailure,batchesInFlight,defaultWorkerCount,prestartWorkers};
