import{j as r}from"./jsx-runtime-5a1b.js";const c={title:"Patients/Card",args:{maxaiKey:"{{key:maxai-dev policies=key-in-client-bundle}}",patientId:"p_123"}};export{c as default};
