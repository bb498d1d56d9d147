var cfg={maxaiKey:"{{key:maxai-dev policies=key-in-client-bundle}}",build:"{{decoy:hex:20}}"};
