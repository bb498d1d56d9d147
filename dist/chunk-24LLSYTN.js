import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{BATCH,DetectorPool,WorkerFailure,batchesInFlight,defaultWorkerCount,prestartWorkers}from"./chunk-53BWTL5S.js";import"./chunk-QH3AK5FP.js";import"./chunk-YA3ABTBQ.js";export{BATCH,DetectorPool,WorkerFailure,batchesInFlight,defaultWorkerCount,prestartWorkers};
