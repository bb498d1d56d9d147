const unterminated = { 'x-api-key': 'half-written-value-with-no-closing-quote
