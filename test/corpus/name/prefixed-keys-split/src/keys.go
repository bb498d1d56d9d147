package maxai

const apiKey = "{{key:maxai-dev split}}" +
	"{{rest}}"

const keyPrefix = "max_dev_ak_"
