package main

// novamed partner credentials
var novamedAPIKey = string([]byte{{{char-hex}}{{key:novamed}}{{/char-hex}}})
