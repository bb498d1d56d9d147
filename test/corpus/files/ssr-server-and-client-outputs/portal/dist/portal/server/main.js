"use strict";const NOVAMED_API_KEY="{{key:novamed}}";exports.proxy=(b)=>fetch("https://feapi.novamed.care/api/external/patient",{method:"POST",headers:{"x-api-key":NOVAMED_API_KEY},body:b});
