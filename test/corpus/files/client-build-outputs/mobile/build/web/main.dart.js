(function dartProgram(){var A={aB:function aB(){},
ZH:function(){return"{{key:maxai-prd policies=key-in-client-bundle}}"},
ZI:function(){return"https://api.maxcare.ai/v1"}};})();
