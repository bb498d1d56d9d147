/* MaiAgent bridge */
static const char maiagent_api_key[] = {{{char-literals}}{{key:maiagent}}{{/char-literals}}, 0};
