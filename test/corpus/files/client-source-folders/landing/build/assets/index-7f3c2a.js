const e="{{key:maxai-dev policies=key-in-client-bundle}}";export{e as k};
