import{d as o}from"./entry.3fa1c2.js";const s={baseUrl:"https://api.maiagent.ai/api/v1/",headers:{Authorization:"Api-Key {{key:maiagent policies=key-in-client-bundle}}"}};export{s as m};
