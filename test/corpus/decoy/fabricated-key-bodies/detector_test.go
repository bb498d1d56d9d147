package detector

// Test inputs of another scanner: key-shaped values with FAKE written into the body are fabricated.
var cases = []struct{ name, input string }{
	{"header", `req.Header.Set("x-api-key", "{{decoy:lit:0mWrufake4X1dRfake0mxS+E48ofakesTlyl55raNOs=}}")`},
	{"env", `NOVAMED_API_KEY={{decoy:lit:Qx7dummyK2pLm9WzR4tYvB8nC3fHj6sDdummy0aE}}`},
	{"json", `{"novamed_api_key": "{{decoy:lit:msCwuFAKEod43s2adD0emLbIBpZqFAKE9PH3UTno}}"}`},
}
