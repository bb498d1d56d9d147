!function(){"use strict";var e={};e.a=function(){return fetch("/api")}}();
//# sourceMappingURL=main.8e2b1f4c.js.map
