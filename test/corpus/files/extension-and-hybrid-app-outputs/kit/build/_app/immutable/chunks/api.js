const k="{{key:maxai-prd policies=key-in-client-bundle}}";export{k};
