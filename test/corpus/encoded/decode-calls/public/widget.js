(function () {
  var cfg = JSON.parse(atob("{{b64}}{"host":"https://api.maiagent.ai/api/v1/","apiKey":"{{key:maiagent policies=key-in-client-bundle}}"}{{/b64}}"));
  window.ClinicBot = { init: function (el) { el.dataset.host = cfg.host; } };
})();
