import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{readBlob,readObjects}from"./chunk-NGT7CR6D.js";import"./chunk-OAJVSIS6.js";import"./chunk-F5FCDGEX.js";import"./chunk-YCSIGG6H.js";import"./chunk-KX3XDVET.js";import"./chunk-MBDSUR62.js";import"./chunk-2NEGFNLV.js";import"./chunk-STLRX5LK.js";import"./chunk-Z5B62TXL.js";import"./chunk-QQB34TF6.js";import"./chunk-QH3AK5FP.js";import"./chunk-C5EJCVR3.js";import"./chunk-N777CL2P.js";import"./chunk-YA3ABTBQ.js";export{readBlob,readObjects};
