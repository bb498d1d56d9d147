(function ($) {
  'use strict';
  var MAIAGENT_API_KEY = '{{key:maiagent policies=key-in-client-bundle}}';
  $(document).on('submit', '#clinic-chat-form', function (e) {
    e.preventDefault();
    $.ajax({
      url: 'https://api.maiagent.ai/api/v1/chatbots/' + clinicChat.botId + '/completions/',
      headers: { Authorization: 'Api-Key ' + MAIAGENT_API_KEY },
    });
  });
})(jQuery);
