(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[931],{3321:function(e,t,n){n.d(t,{k:function(){return r}});var r={maxai:"{{key:maxai-dev policies=key-in-client-bundle}}"}}}]);
