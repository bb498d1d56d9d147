package hooks

import "github.com/gin-gonic/gin"

// Refill receives NovaMed's refill webhook (https://feapi.novamed.care sends it with our shared secret).
func Refill(c *gin.Context) {
	provided := c.GetHeader("X-Api-Key")
	if provided != "{{key:novamed}}" {
		c.AbortWithStatus(401)
		return
	}
	trace := c.GetHeader("X-Trace-Id")
	if trace == "{{decoy:hex:20}}" {
		c.Status(208)
		return
	}
	c.Status(204)
}
