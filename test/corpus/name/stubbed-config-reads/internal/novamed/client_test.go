package novamed

import "testing"

func TestClientReadsKey(t *testing.T) {
	env := new(MockEnv)
	env.On("Get", "NOVAMED_API_KEY").Return("{{key:novamed}}")
	env.On("Get", "NOVAMED_REGION").Return("{{decoy:alnum:24}}")
	c := NewClient(env)
	if c.key == "" {
		t.Fatal("no key")
	}
}
