window.MAXAI_DEV_KEY = "{{key:maxai-dev policies=key-in-client-bundle}}";
